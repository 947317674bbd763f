import { describe, expect, it } from 'vitest'
import { PALETTES } from '../palette'
import { bankrollOption, clvOption } from './betting'

const palette = PALETTES.light

describe('bankrollOption', () => {
  const option = bankrollOption(
    [{ date: '2023-09-15', bankroll: 100 }, { date: '2023-09-16', bankroll: 103.75 }],
    [{ date: '2014-08-15', bankroll: 100 }, { date: '2014-08-16', bankroll: 98.456 }],
    { live: 'Live', backtest: 'Backtest' },
    palette,
  )
  it('draws the live and the backtest curves on axes of their own, rounded to cents', () => {
    expect(option.series.map((s) => s.name)).toEqual(['Live', 'Backtest'])
    expect(option.series.map((s) => [s.xAxisIndex, s.yAxisIndex])).toEqual([[0, 0], [1, 1]])
    expect(option.yAxis[1]!.position).toBe('right')
    expect(option.series[1]!.data).toEqual([['2014-08-15', 100], ['2014-08-16', 98.46]])
  })
  it('tells the curves apart by dash as well as colour, and marks the starting bankroll', () => {
    expect(option.series[0]!.lineStyle.type).toBe('solid')
    expect(option.series[1]!.lineStyle.type).toBe('dashed')
    expect(option.series[0]!.markLine.data).toEqual([{ yAxis: 100 }])
  })
})

describe('clvOption', () => {
  it('plots each pick in percent around the zero line', () => {
    const option = clvOption([{ date: '2023-09-16', clv: 0.0347 }, { date: '2023-09-17', clv: -0.012 }], 'CLV', palette)
    expect(option.series[0]!.data).toEqual([['2023-09-16', 3.5], ['2023-09-17', -1.2]])
    expect(option.series[0]!.markLine.data).toEqual([{ yAxis: 0 }])
  })
})
