import type { Palette } from '../palette'

export interface ScoreProbability {
  home: number
  away: number
  probability: number
}

/** Exact-score grid, home goals up the side and away goals along the bottom, 0 to maxGoals each. */
export function scoreHeatmapOption(
  scores: readonly ScoreProbability[],
  labels: { home: string; away: string },
  palette: Palette,
  maxGoals = 5,
) {
  const goals = Array.from({ length: maxGoals + 1 }, (_, n) => String(n))
  const data = scores
    .filter((s) => s.home <= maxGoals && s.away <= maxGoals)
    .map((s) => [s.away, s.home, Math.round(s.probability * 1000) / 10] as [number, number, number])
  const highest = Math.max(1, ...data.map((d) => d[2]))
  return {
    tooltip: { position: 'top', formatter: '{c}' },
    grid: { left: 48, right: 12, top: 12, bottom: 56 },
    xAxis: { type: 'category', data: goals, name: labels.away, nameLocation: 'middle', nameGap: 28, axisLabel: { color: palette.text } },
    yAxis: { type: 'category', data: goals, name: labels.home, nameLocation: 'middle', nameGap: 30, axisLabel: { color: palette.text } },
    visualMap: {
      min: 0, max: highest, show: false,
      inRange: { color: [palette.grid, palette.accent] },
    },
    series: [
      {
        type: 'heatmap',
        // dark cells get light text and light cells dark text, for contrast in both themes
        data: data.map((value) => ({ value, label: { color: value[2] > highest * 0.5 ? palette.onAccent : palette.text } })),
        label: { show: true, formatter: (p: { value: number[] }) => `${p.value[2]}%`, fontSize: 11 },
      },
    ],
  }
}
