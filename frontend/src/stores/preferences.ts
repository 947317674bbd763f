import { defineStore } from 'pinia'
import { ref, watch } from 'vue'

export type Theme = 'light' | 'dark'

function initialTheme(): Theme {
  const saved = localStorage.getItem('matchcast.theme')
  if (saved === 'light' || saved === 'dark') return saved
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

/** Theme, kept across visits; the language lives in i18n (see i18n/index.ts). */
export const usePreferencesStore = defineStore('preferences', () => {
  const theme = ref<Theme>(initialTheme())
  watch(
    theme,
    (value) => {
      document.documentElement.dataset.theme = value
      localStorage.setItem('matchcast.theme', value)
    },
    { immediate: true },
  )
  function toggleTheme() {
    theme.value = theme.value === 'dark' ? 'light' : 'dark'
  }
  return { theme, toggleTheme }
})
