import type { BankrollPoint } from '@/charts/options/betting'

/**
 * Bankroll curves of the strategies backtest on the development seasons, by strategy name, shown
 * beside each live strategy's curve. Filled from the strategies command's --curve file (README,
 * "Betting view"); a strategy without a backtest curve shows its live curve alone.
 */
export const BACKTEST_CURVES: Record<string, BankrollPoint[]> = {}
