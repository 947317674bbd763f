import { describe, expect, it } from 'vitest'
import { PALETTES } from '../palette'
import { outlookHistoryOption, positionHeatmapOption } from './season'

const palette = PALETTES.light

describe('positionHeatmapOption', () => {
  const option = positionHeatmapOption(
    [{ name: 'Arsenal', positionProbabilities: [0.75, 0.25] }, { name: 'Chelsea', positionProbabilities: [0.25, 0.75] }],
    { position: 'Position' },
    palette,
  )
  it('puts the first club on top and positions from first to last', () => {
    expect(option.xAxis.data).toEqual(['1', '2'])
    expect(option.yAxis.data).toEqual(['Chelsea', 'Arsenal'])
  })
  it('gives each cell its probability in percent', () => {
    expect(option.series[0]!.data.map((d) => d.value)).toEqual([[0, 1, 75], [1, 1, 25], [0, 0, 25], [1, 0, 75]])
  })
})

describe('outlookHistoryOption', () => {
  it('draws title and relegation chances in percent', () => {
    const option = outlookHistoryOption(
      [{ asOf: '2023-08-20T10:00:00Z', titleProbability: 0.5, relegationProbability: 0.125 }],
      { title: 'Title', relegation: 'Relegation' },
      palette,
    )
    expect(option.series.map((s) => s.name)).toEqual(['Title', 'Relegation'])
    expect(option.series[1]!.data).toEqual([['2023-08-20T10:00:00Z', 12.5]])
    expect(option.series[1]!.lineStyle.type).toBe('dashed')
  })
})
