import { describe, expect, it } from 'vitest'
import { PALETTES } from '../palette'
import { scoreHeatmapOption, scorePercent } from './scoreHeatmap'
import { waterfallAxisMin, waterfallOption, waterfallSteps } from './waterfall'
import { predictionHistoryOption, priceMovementOption, ratingHistoryOption, ratingLine, reliabilityOption, rpsByMonthOption } from './lines'

const palette = PALETTES.light
const labels = { baseline: 'Market', others: 'Other factors', forecast: 'Forecast' }

describe('waterfallSteps', () => {
  it('walks from the market to the forecast, largest factors first', () => {
    const steps = waterfallSteps(0.4, [{ factor: 'form', contribution: -1 }, { factor: 'elo', contribution: 4 }], 0.43, labels)
    expect(steps.map((s) => s.name)).toEqual(['Market', 'elo', 'form', 'Forecast'])
    expect(steps[1]).toEqual({ name: 'elo', base: 40, size: 4, change: 4 })
    // a negative step hangs down from the running total
    expect(steps[2]).toEqual({ name: 'form', base: 43, size: 1, change: -1 })
    expect(steps[3]!.size).toBeCloseTo(43)
  })
  it('puts the factors past the top ones into one bar so the walk ends at the forecast', () => {
    const factors = [{ factor: 'a', contribution: 3 }, { factor: 'b', contribution: 2 }, { factor: 'c', contribution: 1 }]
    const steps = waterfallSteps(0.5, factors, 0.56, labels, 2)
    expect(steps.map((s) => s.name)).toEqual(['Market', 'a', 'b', 'Other factors', 'Forecast'])
    expect(steps[3]!.change).toBeCloseTo(1)
  })
  it('labels changes with their sign, not by colour alone', () => {
    const option = waterfallOption(waterfallSteps(0.4, [{ factor: 'form', contribution: -1.26 }], 0.3874, labels), palette)
    const bars = option.series[1]!.data as { label: { formatter: string }; itemStyle: { color: string } }[]
    expect(bars.map((b) => b.label.formatter)).toEqual(['40%', '−1.3 pp', '38.7%'])
    expect(bars[1]!.itemStyle.color).toBe(palette.bad)
  })
})

describe('waterfallAxisMin', () => {
  it('starts the axis a little below the lowest point, in fives', () => {
    expect(waterfallAxisMin(waterfallSteps(0.419, [{ factor: 'a', contribution: -1 }, { factor: 'b', contribution: 0.9 }], 0.418, labels))).toBe(35)
  })
  it('never goes below zero', () => {
    expect(waterfallAxisMin(waterfallSteps(0.02, [{ factor: 'a', contribution: 1 }], 0.03, labels))).toBe(0)
  })
})

describe('scoreHeatmapOption', () => {
  const labels = { home: 'Home goals', away: 'Away goals' }
  it('draws every cell of the grid at (away, home) with its percentage written in it', () => {
    const cells = []
    for (let home = 0; home <= 2; home++) for (let away = 0; away <= 2; away++) cells.push({ home, away, probability: (home * 3 + away + 1) / 100 })
    const option = scoreHeatmapOption(cells, labels, palette, 2)
    const data = option.series[0]!.data
    expect(data).toHaveLength(9)
    expect(data.map((d) => d.value)).toEqual([
      [0, 0, 1], [1, 0, 2], [2, 0, 3], [0, 1, 4], [1, 1, 5], [2, 1, 6], [0, 2, 7], [1, 2, 8], [2, 2, 9],
    ])
    expect(data.map((d) => d.label.formatter)).toEqual(['1.0%', '2.0%', '3.0%', '4.0%', '5.0%', '6.0%', '7.0%', '8.0%', '9.0%'])
    expect(option.xAxis.data).toEqual(['0', '1', '2'])
    expect(option.visualMap.max).toBe(9)
    // dark cells (above half the highest) get light text
    expect(data.map((d) => d.label.color === palette.onAccent)).toEqual([false, false, false, false, true, true, true, true, true])
    expect(option.tooltip.formatter({ dataIndex: 5 })).toBe('1–2: 6.0%')
  })
  it('drops scores off the grid, writes tiny ones as <0.1% and a score it was not given as a dash', () => {
    const option = scoreHeatmapOption(
      [{ home: 1, away: 0, probability: 0.1234 }, { home: 0, away: 0, probability: 0.0004 }, { home: 6, away: 0, probability: 0.01 }],
      labels,
      palette,
    )
    const data = option.series[0]!.data
    expect(data).toHaveLength(36)
    expect(data[0]).toEqual({ value: [0, 0, 0.04], label: { color: palette.text, formatter: '<0.1%' } })
    expect(data[6]).toEqual({ value: [0, 1, 12.34], label: { color: palette.onAccent, formatter: '12.3%' } })
    expect(data[1]).toEqual({ value: [1, 0, '-'], label: { color: palette.text, formatter: '–' } })
    expect(data.filter((d) => d.value[2] === '-')).toHaveLength(34)
    expect(option.visualMap.max).toBe(12.34)
  })
})

describe('scorePercent', () => {
  it('writes one decimal, and <0.1% only for a possible score rarer than that', () => {
    expect([0.1234, 0.05, 0.0005, 0.00049, 0].map(scorePercent)).toEqual(['12.3%', '5.0%', '0.1%', '<0.1%', '0.0%'])
  })
})

describe('predictionHistoryOption', () => {
  it('draws one stepped line per outcome, told apart by dash and marker', () => {
    const option = predictionHistoryOption(
      [{ createdAt: '2024-01-01T10:00:00Z', homeWin: 0.5, draw: 0.3, awayWin: 0.2 }],
      { home: 'Home', draw: 'Draw', away: 'Away' },
      palette,
    )
    expect(option.series.map((s) => [s.name, s.lineStyle.type, s.symbol])).toEqual([
      ['Home', 'solid', 'circle'], ['Draw', 'dashed', 'triangle'], ['Away', 'dotted', 'rect'],
    ])
    expect(option.series[0]!.data).toEqual([['2024-01-01T10:00:00Z', 50]])
  })
})

describe('priceMovementOption', () => {
  it('joins each bookmaker\'s pre-match and closing price of the outcome', () => {
    const option = priceMovementOption(
      [
        { bookmaker: 'Pinnacle', closing: false, home: '2.10' },
        { bookmaker: 'Pinnacle', closing: true, home: '1.95' },
        { bookmaker: 'Bet365', closing: false, home: 2.0 },
        { bookmaker: 'Avg', closing: true, draw: 3.3 },
      ],
      'home',
      { preMatch: 'Pre-match', closing: 'Closing' },
      palette,
    )
    expect(option.series.map((s) => [s.name, s.data])).toEqual([['Bet365', [2, null]], ['Pinnacle', [2.1, 1.95]]])
  })
})

describe('ratingHistoryOption', () => {
  it('plots value by date', () => {
    expect(ratingHistoryOption([{ date: '2024-01-01', value: 1523.4567 }], 'Elo', palette).series[0]!.data).toEqual([['2024-01-01', 1523.457]])
  })
  it('breaks the line over seasons the club spent outside the data', () => {
    const line = ratingLine([{ date: '2010-05-01', value: 1 }, { date: '2010-08-20', value: 2 }, { date: '2019-08-10', value: 3 }])
    expect(line).toEqual([['2010-05-01', 1], ['2010-08-20', 2], null, ['2019-08-10', 3]])
  })
})

describe('rpsByMonthOption', () => {
  it('keeps a gap where a market priced nothing', () => {
    const option = rpsByMonthOption(
      [{ key: '2024-01', model: 0.2, closing: 0.19, preMatch: null }],
      { model: 'Model', closing: 'Closing', preMatch: 'Pre-match' },
      palette,
    )
    expect(option.xAxis.data).toEqual(['2024-01'])
    expect(option.series.map((s) => s.data)).toEqual([[0.2], [0.19], [null]])
  })
})

describe('reliabilityOption', () => {
  it('plots bins in percent beside the diagonal', () => {
    const option = reliabilityOption([{ predicted: 0.25, observed: 0.3, count: 40 }], { forecast: 'F', observed: 'O', perfect: 'P' }, palette)
    expect(option.series[0]!.data).toEqual([[0, 0], [100, 100]])
    expect(option.series[1]!.data).toEqual([[25, 30, 40]])
  })
})
