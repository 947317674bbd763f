import { describe, expect, it } from 'vitest'
import { applyPrediction, biggestDifferences, groupByLeague, type ForecastItem } from './dashboard'

function item(id: string, league: string, kickoff: string, edge: number | null, createdAt = '2024-01-01T00:00:00Z'): ForecastItem {
  return {
    match: {
      id, date: kickoff.slice(0, 10), kickoff, status: 'SCHEDULED', homeGoals: null, awayGoals: null,
      league: { code: league, name: league }, homeTeam: { id: `h${id}`, name: 'Home' }, awayTeam: { id: `a${id}`, name: 'Away' },
    },
    prediction: {
      id: `p${id}`, homeWin: 0.5, draw: 0.3, awayWin: 0.2, confidence: 0.4, confidenceRank: { forecasts: 0, below: null }, reason: 'first forecast', createdAt,
      market: edge === null ? null : { homeWin: 0.45, draw: 0.3, awayWin: 0.25, edge, margin: 0.05 },
    },
  }
}

describe('groupByLeague', () => {
  it('keeps leagues in order of their first match', () => {
    const groups = groupByLeague([item('1', 'E0', '2024-01-01T12:00:00Z', 0), item('2', 'SP1', '2024-01-01T13:00:00Z', 0), item('3', 'E0', '2024-01-02T12:00:00Z', 0)])
    expect(groups.map((g) => [g.code, g.items.map((i) => i.match.id)])).toEqual([['E0', ['1', '3']], ['SP1', ['2']]])
  })
})

describe('biggestDifferences', () => {
  it('ranks by the size of the edge and skips matches without a market', () => {
    const items = [item('1', 'E0', 'x', 0.01), item('2', 'E0', 'x', -0.09), item('3', 'E0', 'x', null), item('4', 'E0', 'x', 0.05)]
    expect(biggestDifferences(items, 2).map((i) => i.match.id)).toEqual(['2', '4'])
  })
})

describe('applyPrediction', () => {
  const list = [item('1', 'E0', '2024-01-01T12:00:00Z', 0), item('2', 'E0', '2024-01-03T12:00:00Z', 0)]
  it('replaces the prediction of a listed match', () => {
    const pushed = { ...item('1', 'E0', '2024-01-01T12:00:00Z', 0.1, '2024-01-01T01:00:00Z').prediction!, match: list[0]!.match }
    const next = applyPrediction(list, pushed)
    expect(next[0]!.prediction!.market!.edge).toBe(0.1)
    expect(next).toHaveLength(2)
  })
  it('ignores a push older than what is shown', () => {
    const pushed = { ...item('1', 'E0', 'x', 0.1, '2023-12-31T00:00:00Z').prediction!, match: list[0]!.match }
    expect(applyPrediction(list, pushed)[0]!.prediction!.market!.edge).toBe(0)
  })
  it('adds a new upcoming match in kick-off order', () => {
    const fresh = item('3', 'E0', '2024-01-02T12:00:00Z', 0)
    const next = applyPrediction(list, { ...fresh.prediction!, match: fresh.match })
    expect(next.map((i) => i.match.id)).toEqual(['1', '3', '2'])
  })
})
