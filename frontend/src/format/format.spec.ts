import { describe, expect, it } from 'vitest'
import { decimal, favoured, kickoff, percent, points, day } from './format'

describe('format', () => {
  it('prints probabilities as whole percentages', () => {
    expect(percent(0.4712, 'en')).toBe('47%')
    expect(percent(0.4712, 'en', 1)).toBe('47.1%')
    expect(percent(null, 'en')).toBe('–')
  })
  it('prints percentage points with a sign', () => {
    expect(points(3.24, 'en')).toBe('+3.2 pp')
    expect(points(-0.06, 'en')).toBe('-0.1 pp')
  })
  it('reads decimals sent as strings', () => {
    expect(decimal('2.1', 'en')).toBe('2.10')
    expect(decimal(null, 'en')).toBe('–')
  })
  it('shows kick-off in the given time zone', () => {
    expect(kickoff('2024-05-19T15:00:00Z', '2024-05-19', 'en-GB', 'Asia/Shanghai')).toBe('Sun 19 May, 23:00')
    expect(kickoff('2024-05-19T15:00:00Z', '2024-05-19', 'en-GB', 'Europe/London')).toBe('Sun 19 May, 16:00')
  })
  it('shows the day alone when the kick-off time is unknown', () => {
    expect(kickoff(null, '2024-05-19', 'en-GB')).toBe(day('2024-05-19', 'en-GB'))
    expect(day('2024-05-19', 'en-GB')).toBe('19 May 2024')
  })
  it('favours the home win on a tie', () => {
    expect(favoured({ homeWin: 0.4, draw: 0.2, awayWin: 0.4 })).toBe('home')
    expect(favoured({ homeWin: 0.2, draw: 0.4, awayWin: 0.4 })).toBe('draw')
    expect(favoured({ homeWin: 0.2, draw: 0.3, awayWin: 0.5 })).toBe('away')
  })
})
