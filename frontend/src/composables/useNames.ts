import { useI18n } from 'vue-i18n'
import { clubName, leagueName } from '@/i18n/names'

/** Club and league names in the interface's language. */
export function useNames() {
  const { locale } = useI18n()
  return {
    club: (name: string) => clubName(name, locale.value),
    league: (code: string, name: string) => leagueName(code, name, locale.value),
  }
}
