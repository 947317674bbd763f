import { useI18n } from 'vue-i18n'

/** The reasons the ledger gives for a prediction (schema: Prediction.reason), as message keys. */
export const REASONS: Record<string, string> = {
  'first forecast': 'firstForecast',
  'first prices': 'firstPrices',
  'prices moved': 'pricesMoved',
  'kick-off': 'kickOff',
  'new results': 'newResults',
  'new model': 'newModel',
  recomputed: 'recomputed',
  rescheduled: 'rescheduled',
}

/** A prediction's reason in the interface's language; one the table does not know shows as sent. */
export function useReason() {
  const { t } = useI18n()
  return (reason: string) => (REASONS[reason] ? t(`reason.${REASONS[reason]}`) : reason)
}
