import { beforeEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import MatchCard from './MatchCard.vue'
import { testI18n } from '@/test/i18n'
import { testRouter } from '@/test/router'
import type { MatchSummaryFragment, PredictionSummaryFragment } from '@/gql/graphql'

const match: MatchSummaryFragment = {
  id: '42', date: '2024-05-19', kickoff: '2024-05-19T15:00:00Z', status: 'SCHEDULED', homeGoals: null, awayGoals: null,
  league: { code: 'E0', name: 'Premier League' }, homeTeam: { id: '1', name: 'Arsenal' }, awayTeam: { id: '2', name: 'Everton' },
}
const prediction: PredictionSummaryFragment = {
  id: '7', homeWin: 0.62, draw: 0.22, awayWin: 0.16, confidence: 0.0734, reason: 'first forecast', createdAt: '2024-05-18T10:00:00Z',
  confidenceRank: { forecasts: 1234, below: 0.83 },
  market: { homeWin: 0.6, draw: 0.23, awayWin: 0.17, edge: 0.02, margin: 0.05 },
}

function mountCard(props: Record<string, unknown>, locale: 'en' | 'zh-CN' = 'en') {
  return mount(MatchCard, { props: { match, ...props } as never, global: { plugins: [testI18n(locale), testRouter()] } })
}

describe('MatchCard', () => {
  let wrapper: ReturnType<typeof mountCard>
  beforeEach(() => {
    wrapper = mountCard({ prediction })
  })

  it('is a real link to the match page', () => {
    expect(wrapper.element.tagName).toBe('A')
    expect(wrapper.attributes('href')).toBe('/matches/42')
  })
  it('shows both clubs, the probabilities as text, the confidence and the edge', () => {
    expect(wrapper.text()).toContain('Arsenal')
    expect(wrapper.text()).toContain('Everton')
    expect(wrapper.text()).toContain('H 62%')
    expect(wrapper.find('.confidence').text()).toBe('Confidence above 83% of scored')
    expect(wrapper.find('.confidence').attributes('title')).toBe(
      'More confident than this share of the 1,234 forecasts the ledger had scored when this one was made (raw confidence 7.3%: sharpness times the models’ agreement).',
    )
    expect(wrapper.text()).toContain('Edge +2.0 pp')
  })
  it('shows the raw confidence, and says why, while no forecast is scored to compare it with', () => {
    const unranked = mountCard({ prediction: { ...prediction, confidenceRank: { forecasts: 0, below: null } } })
    expect(unranked.find('.confidence').text()).toBe('Confidence 7.3%')
    expect(unranked.find('.confidence').attributes('title')).toBe('Sharpness times the models’ agreement; no forecast scored yet to compare it with.')
  })
  it('shows Chinese club names in the Chinese interface', () => {
    const chinese = mountCard({ prediction }, 'zh-CN')
    expect(chinese.text()).toContain('阿森纳')
    expect(chinese.text()).toContain('埃弗顿')
    expect(chinese.find('.confidence').text()).toBe('置信度高于 83% 的已评分预测')
  })
  it('says when there is no forecast yet', () => {
    expect(mountCard({ prediction: null }).text()).toContain('No forecast yet.')
  })
  it('shows the score after full time', () => {
    const finished = mountCard({ match: { ...match, status: 'FINISHED', homeGoals: 2, awayGoals: 1 }, prediction })
    expect(finished.find('.score').text()).toBe('2–1')
  })
  it('marks a live update with a visible cue', () => {
    const updated = mountCard({ prediction, updated: true })
    expect(updated.classes()).toContain('flash')
    expect(updated.find('[role=status]').text()).toBe('Updated')
  })
})
