import { createI18n } from 'vue-i18n'
import en from './en'
import zhCN from './zh-CN'

export const LOCALES = ['en', 'zh-CN'] as const
export type AppLocale = (typeof LOCALES)[number]

/** The saved choice, else the browser's first language we speak, else English. */
export function initialLocale(saved: string | null, browser: readonly string[]): AppLocale {
  if (saved === 'en' || saved === 'zh-CN') return saved
  for (const language of browser) {
    const lower = language.toLowerCase()
    if (lower.startsWith('zh')) return 'zh-CN'
    if (lower.startsWith('en')) return 'en'
  }
  return 'en'
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLocale(
    typeof localStorage === 'undefined' ? null : localStorage.getItem('matchcast.locale'),
    typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]),
  ),
  fallbackLocale: 'en',
  messages: { en, 'zh-CN': zhCN },
  missingWarn: false,
  fallbackWarn: false,
})

export function setLocale(locale: AppLocale) {
  i18n.global.locale.value = locale
  localStorage.setItem('matchcast.locale', locale)
  document.documentElement.lang = locale
}
