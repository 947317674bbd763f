import { computed } from 'vue'
import { usePreferencesStore } from '@/stores/preferences'
import { PALETTES } from './palette'

export function usePalette() {
  const preferences = usePreferencesStore()
  return computed(() => PALETTES[preferences.theme])
}
