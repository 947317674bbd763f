import { describe, expect, it } from 'vitest'
import { CLUB_NAMES_ZH, LEAGUE_NAMES_ZH, clubName, leagueName } from './names'

describe('Chinese names', () => {
  it('are shown only in the Chinese interface', () => {
    expect(clubName('Arsenal', 'zh-CN')).toBe('阿森纳')
    expect(clubName('Arsenal', 'en')).toBe('Arsenal')
    expect(leagueName('E0', 'Premier League', 'zh-CN')).toBe('英格兰超级联赛')
    expect(leagueName('E0', 'Premier League', 'en')).toBe('Premier League')
  })
  it('fall back to the canonical name for a club the table lacks', () => {
    expect(clubName('Unknown Town', 'zh-CN')).toBe('Unknown Town')
  })
  it('cover the five trained divisions', () => {
    for (const code of ['E0', 'SP1', 'D1', 'I1', 'F1']) expect(LEAGUE_NAMES_ZH[code]).toBeTruthy()
  })
  it('have no empty or untranslated entries', () => {
    for (const [name, zh] of Object.entries(CLUB_NAMES_ZH)) {
      expect(zh.trim(), name).not.toBe('')
      expect(zh, name).not.toBe(name)
    }
  })
})
