import { describe, expect, it } from 'vitest'
import { reliabilityBins } from './reliability'

describe('reliabilityBins', () => {
  it('bins each outcome probability and counts how often it happened', () => {
    const bins = reliabilityBins([
      { homeWin: 0.55, draw: 0.25, awayWin: 0.2, result: 'HOME' },
      { homeWin: 0.45, draw: 0.3, awayWin: 0.25, result: 'AWAY' },
    ])
    expect(bins.map((b) => b.count)).toEqual([3, 1, 1, 1])
    // 0.2 and both 0.25s share the bin from 20% to 30%: only the second match's away win (0.25) happened
    expect(bins[0]!.predicted).toBeCloseTo(0.7 / 3)
    expect(bins[0]!.observed).toBeCloseTo(1 / 3)
    expect(bins.slice(1)).toEqual([
      { predicted: 0.3, observed: 0, count: 1 },
      { predicted: 0.45, observed: 0, count: 1 },
      { predicted: 0.55, observed: 1, count: 1 },
    ])
  })
  it('puts a certainty into the top bin', () => {
    expect(reliabilityBins([{ homeWin: 1, draw: 0, awayWin: 0, result: 'HOME' }], 10).at(-1)).toEqual({ predicted: 1, observed: 1, count: 1 })
  })
  it('is empty without forecasts', () => {
    expect(reliabilityBins([])).toEqual([])
  })
})
