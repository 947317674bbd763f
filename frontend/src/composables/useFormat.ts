import { useI18n } from 'vue-i18n'
import * as format from '@/format/format'

/** The formatters of format.ts bound to the interface's language. */
export function useFormat() {
  const { locale } = useI18n()
  return {
    percent: (value: number | null | undefined, digits = 0) => format.percent(value, locale.value, digits),
    points: (value: number | null | undefined, digits = 1) => format.points(value, locale.value, digits),
    decimal: (value: number | string | null | undefined, digits = 2) => format.decimal(value, locale.value, digits),
    kickoff: (iso: string | null | undefined, date: string) => format.kickoff(iso, date, locale.value),
    day: (date: string) => format.day(date, locale.value),
    dateTime: (iso: string) => format.dateTime(iso, locale.value),
  }
}
