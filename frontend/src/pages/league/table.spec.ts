import { describe, expect, it } from 'vitest'
import { venueTable } from './table'

const a = { id: '1', name: 'Arsenal' }
const b = { id: '2', name: 'Burnley' }
const c = { id: '3', name: 'Chelsea' }

describe('venueTable', () => {
  const matches = [
    { homeTeam: a, awayTeam: b, homeGoals: 2, awayGoals: 0 },
    { homeTeam: b, awayTeam: c, homeGoals: 1, awayGoals: 1 },
    { homeTeam: c, awayTeam: a, homeGoals: 0, awayGoals: 3 },
    { homeTeam: c, awayTeam: b, homeGoals: null, awayGoals: null },
  ]
  it('counts only home matches for the home table', () => {
    const table = venueTable(matches, 'home')
    expect(table.map((r) => [r.position, r.team.name, r.played, r.points, r.goalDifference])).toEqual([
      [1, 'Arsenal', 1, 3, 2], [2, 'Burnley', 1, 1, 0], [3, 'Chelsea', 1, 0, -3],
    ])
  })
  it('counts only away matches for the away table', () => {
    const table = venueTable(matches, 'away')
    expect(table.map((r) => [r.team.name, r.won, r.drawn, r.lost, r.goalsFor, r.goalsAgainst])).toEqual([
      ['Arsenal', 1, 0, 0, 3, 0], ['Chelsea', 0, 1, 0, 1, 1], ['Burnley', 0, 0, 1, 0, 2],
    ])
  })
  it('breaks ties on goals for, then name', () => {
    const tied = [
      { homeTeam: b, awayTeam: a, homeGoals: 1, awayGoals: 1 },
      { homeTeam: a, awayTeam: b, homeGoals: 1, awayGoals: 1 },
    ]
    expect(venueTable(tied, 'home').map((r) => r.team.name)).toEqual(['Arsenal', 'Burnley'])
  })
})
