import { describe, expect, it } from 'vitest'
import { filterFromQuery, queryFromFilter } from './filters'

describe('matches filter in the URL', () => {
  it('reads the known fields and drops invalid ones', () => {
    expect(filterFromQuery({ league: 'E0', from: '2024-01-01', to: 'yesterday', status: 'NOPE', team: '12' })).toEqual({
      league: 'E0', from: '2024-01-01', team: '12',
    })
  })
  it('takes the first of repeated parameters', () => {
    expect(filterFromQuery({ status: ['FINISHED', 'LIVE'] })).toEqual({ status: 'FINISHED' })
  })
  it('writes back only what is set', () => {
    expect(queryFromFilter({ league: 'E0', season: '', status: 'LIVE' })).toEqual({ league: 'E0', status: 'LIVE' })
  })
})
