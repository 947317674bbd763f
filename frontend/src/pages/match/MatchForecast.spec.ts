import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import MatchForecast from './MatchForecast.vue'
import { testI18n } from '@/test/i18n'
import type { MatchPredictionFragment, MatchSummaryFragment } from '@/gql/graphql'

const match = {
  id: '42', date: '2024-05-19', kickoff: '2024-05-19T15:00:00Z', status: 'SCHEDULED', homeGoals: null, awayGoals: null,
  league: { code: 'E0', name: 'Premier League' }, homeTeam: { id: '1', name: 'Arsenal' }, awayTeam: { id: '2', name: 'Everton' },
} as MatchSummaryFragment

const cells = []
for (let home = 0; home <= 5; home++) for (let away = 0; away <= 5; away++) cells.push({ home, away, probability: 0.0275 })

const prediction = {
  id: '7', homeWin: 0.62, draw: 0.22, awayWin: 0.16, confidence: 0.0734, reason: 'first forecast', createdAt: '2024-05-18T10:00:00Z',
  market: null, modelVersion: '3', expectedHomeGoals: 1.8, expectedAwayGoals: 0.9,
  overUnder25: { over: 0.55, under: 0.45 }, bothTeamsToScore: { yes: 0.48, no: 0.52 },
  topScores: [{ home: 1, away: 0, probability: 0.12 }, { home: 2, away: 0, probability: 0.1 }, { home: 1, away: 1, probability: 0.09 }],
  scoreGrid: { maxGoals: 5, beyond: 0.01, cells },
  fairOdds: { homeWin: 1.6, draw: 4.5, awayWin: 6.2 }, explanation: [],
  confidenceRank: { forecasts: 1234, below: 0.83, fifth: 5, lower: 0.061, upper: 0.214, matches: 247, accuracy: 0.652 },
  score: null,
} as unknown as MatchPredictionFragment

// the chart's option, written out where the test can read it (a canvas draws nothing here)
const ChartStub = {
  props: ['option', 'label'],
  template: `<div class="chart-stub" :aria-label="label" :data-cells="option.series[0].data.length"
    :data-labels="option.series[0].data.map((d) => d.label.formatter).join(' ')" />`,
}

function mountForecast(p: MatchPredictionFragment, locale: 'en' | 'zh-CN' = 'en') {
  return mount(MatchForecast, {
    props: { prediction: p, match },
    global: { plugins: [testI18n(locale), createPinia()], stubs: { EChart: ChartStub } },
  })
}

describe('MatchForecast', () => {
  it('shows confidence as its rank among scored forecasts, with the record of its fifth and what it means', () => {
    const wrapper = mountForecast(prediction)
    expect(wrapper.find('dd.confidence').text()).toBe('Higher than 83% of the 1,234 forecasts scored before it')
    const top = mountForecast({ ...prediction, confidenceRank: { ...prediction.confidenceRank, forecasts: 4, below: 1 } })
    expect(top.find('dd.confidence').text()).toBe('Higher than all 4 forecasts scored before it')
    const topZh = mountForecast({ ...prediction, confidenceRank: { ...prediction.confidenceRank, forecasts: 4, below: 1 } }, 'zh-CN')
    expect(topZh.find('dd.confidence').text()).toBe('高于此前已评分的全部 4 个预测')
    expect(wrapper.find('dd.confidence').attributes('title')).toBe('Raw confidence 7.3%')
    expect(wrapper.find('.fifth').text()).toBe(
      'It is in the most confident fifth of scored forecasts by confidence (6.1% to 21.4%): of those 247, the outcome they favoured happened in 65%.',
    )
    expect(wrapper.find('details.help summary').text()).toBe('What does confidence mean?')
    expect(wrapper.find('details.help p').text()).toContain('so the raw number is small: 7.3% here')
  })
  it('says so when nothing is scored yet to compare with, and gives no fifth', () => {
    const wrapper = mountForecast({
      ...prediction,
      confidenceRank: { forecasts: 0, below: null, fifth: null, lower: null, upper: null, matches: 0, accuracy: null },
    } as MatchPredictionFragment)
    expect(wrapper.find('dd.confidence').text()).toBe('7.3% (no forecast scored yet to compare it with)')
    expect(wrapper.find('.fifth').exists()).toBe(false)
  })
  it('draws the whole grid and says how much lies beyond it', () => {
    const wrapper = mountForecast(prediction)
    const chart = wrapper.find('.chart-stub')
    expect(chart.attributes('data-cells')).toBe('36')
    expect(chart.attributes('data-labels')).toBe(Array(36).fill('2.8%').join(' '))
    expect(wrapper.text()).toContain('Scores with more than 5 goals for either side: 1.0% in all.')
  })
  it('falls back to the top scores for a forecast kept without its grid', () => {
    const wrapper = mountForecast({ ...prediction, scoreGrid: null } as MatchPredictionFragment)
    expect(wrapper.text()).toContain('This forecast was kept with its likeliest scores only; the other cells are not known.')
    // the three top scores drawn, the other 33 cells as dashes
    const labels = wrapper.find('.chart-stub').attributes('data-labels')!.split(' ')
    expect(labels.filter((l) => l === '–')).toHaveLength(33)
    expect(labels[6]).toBe('12.0%')
  })
  it('speaks Chinese', () => {
    const wrapper = mountForecast(prediction, 'zh-CN')
    expect(wrapper.find('dd.confidence').text()).toBe('高于此前已评分的 1,234 个预测中的 83%')
    expect(wrapper.find('.fifth').text()).toContain('最高的五分之一')
  })
})
