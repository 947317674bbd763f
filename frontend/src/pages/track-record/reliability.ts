import type { ReliabilityBin } from '@/charts/options/lines'

export interface ScoredForecast {
  homeWin: number
  draw: number
  awayWin: number
  result: 'HOME' | 'DRAW' | 'AWAY'
}

/**
 * Reliability bins: every outcome's probability of every scored forecast is one forecast; each bin
 * (tenths by default) gives their mean probability and how often the outcome happened. Empty bins are left out.
 */
export function reliabilityBins(forecasts: readonly ScoredForecast[], bins = 10): ReliabilityBin[] {
  const sums = Array.from({ length: bins }, () => ({ predicted: 0, hits: 0, count: 0 }))
  for (const forecast of forecasts) {
    const pairs: [number, boolean][] = [
      [forecast.homeWin, forecast.result === 'HOME'],
      [forecast.draw, forecast.result === 'DRAW'],
      [forecast.awayWin, forecast.result === 'AWAY'],
    ]
    for (const [probability, happened] of pairs) {
      const bin = sums[Math.min(bins - 1, Math.floor(probability * bins))]!
      bin.predicted += probability
      bin.hits += happened ? 1 : 0
      bin.count += 1
    }
  }
  return sums
    .filter((bin) => bin.count > 0)
    .map((bin) => ({ predicted: bin.predicted / bin.count, observed: bin.hits / bin.count, count: bin.count }))
}
