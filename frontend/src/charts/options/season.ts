import type { Palette } from '../palette'

export interface ClubPositions {
  name: string
  positionProbabilities: readonly number[]
}

/** Each club's probability of each final position: clubs down the side (first row on top), positions along the bottom. */
export function positionHeatmapOption(clubs: readonly ClubPositions[], labels: { position: string }, palette: Palette) {
  const positions = clubs[0]?.positionProbabilities.map((_, index) => String(index + 1)) ?? []
  const data = clubs.flatMap((club, row) =>
    club.positionProbabilities.map((p, column) => [column, clubs.length - 1 - row, Math.round(p * 1000) / 10] as [number, number, number]),
  )
  const highest = Math.max(1, ...data.map((d) => d[2]))
  return {
    tooltip: { position: 'top', formatter: (p: { value: number[] }) => `${p.value[2]}%` },
    grid: { left: 8, right: 12, top: 12, bottom: 40, containLabel: true },
    xAxis: { type: 'category', data: positions, name: labels.position, nameLocation: 'middle', nameGap: 26, axisLabel: { color: palette.text } },
    yAxis: { type: 'category', data: [...clubs].reverse().map((c) => c.name), axisLabel: { color: palette.text } },
    visualMap: { min: 0, max: highest, show: false, inRange: { color: [palette.grid, palette.accent] } },
    series: [
      {
        type: 'heatmap',
        data: data.map((value) => ({ value, label: { color: value[2] > highest * 0.5 ? palette.onAccent : palette.text } })),
        label: { show: true, formatter: (p: { value: number[] }) => (p.value[2]! >= 1 ? `${Math.round(p.value[2]!)}` : ''), fontSize: 10 },
      },
    ],
  }
}

export interface OutlookPoint {
  asOf: string
  titleProbability: number
  relegationProbability: number
}

/** A club's title and relegation chances over the season, told apart by dash and marker as well as colour. */
export function outlookHistoryOption(points: readonly OutlookPoint[], labels: { title: string; relegation: string }, palette: Palette) {
  const line = (name: string, field: 'titleProbability' | 'relegationProbability', color: string, dashed: boolean) => ({
    name,
    type: 'line',
    step: 'end',
    symbol: dashed ? 'triangle' : 'circle',
    lineStyle: { type: dashed ? 'dashed' : 'solid', width: 2 },
    color,
    data: points.map((p) => [p.asOf, Math.round(p[field] * 1000) / 10]),
  })
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
    legend: { top: 0, textStyle: { color: palette.text } },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'time', axisLabel: { color: palette.text } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: palette.text, formatter: '{value}%' }, splitLine: { lineStyle: { color: palette.grid } } },
    series: [line(labels.title, 'titleProbability', palette.accent, false), line(labels.relegation, 'relegationProbability', palette.bad, true)],
  }
}
