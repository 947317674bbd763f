import { describe, expect, it } from 'vitest'
import { fixtureWindow, recentForm } from './window'

describe('fixtureWindow', () => {
  it('spans the days around the clock', () => {
    expect(fixtureWindow('2024-03-10T15:00:00Z', 10, 5)).toEqual({ from: '2024-02-29', to: '2024-03-15' })
  })
})

describe('recentForm', () => {
  const m = (home: string, hg: number | null, ag: number | null, status = 'FINISHED') => ({ status, homeTeam: { id: home }, homeGoals: hg, awayGoals: ag })
  it('reads results from the club\'s side, home or away, most recent last', () => {
    expect(recentForm('1', [m('1', 2, 0), m('2', 2, 0), m('2', 1, 1), m('2', 0, 3), m('1', null, null, 'SCHEDULED')])).toBe('WLDW')
  })
  it('keeps only the last ones', () => {
    expect(recentForm('1', [m('1', 0, 1), m('1', 1, 0), m('1', 2, 0)], 2)).toBe('WW')
  })
})
