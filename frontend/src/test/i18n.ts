import { createI18n } from 'vue-i18n'
import en from '@/i18n/en'
import zhCN from '@/i18n/zh-CN'

/** A fresh i18n instance for a component test. */
export function testI18n(locale: 'en' | 'zh-CN' = 'en') {
  return createI18n({ legacy: false, locale, fallbackLocale: 'en', messages: { en, 'zh-CN': zhCN } })
}
