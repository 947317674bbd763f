import type { Palette } from '../palette'

export interface ScoreProbability {
  home: number
  away: number
  probability: number
}

/** A cell's percentage as text: one decimal, and "<0.1%" for a score possible but rarer than that. */
export function scorePercent(probability: number): string {
  if (probability > 0 && probability < 0.0005) return '<0.1%'
  return `${(Math.round(probability * 1000) / 10).toFixed(1)}%`
}

/**
 * Exact-score grid, home goals up the side and away goals along the bottom, 0 to maxGoals each.
 * Every cell is drawn with its percentage written in it (never by colour alone); a score the
 * prediction gives no probability for (an older prediction that kept only its top scores) is
 * drawn empty with a dash.
 */
export function scoreHeatmapOption(
  scores: readonly ScoreProbability[],
  labels: { home: string; away: string },
  palette: Palette,
  maxGoals = 5,
) {
  const goals = Array.from({ length: maxGoals + 1 }, (_, n) => String(n))
  const known = new Map<string, number>()
  for (const s of scores) {
    if (s.home <= maxGoals && s.away <= maxGoals) known.set(`${s.home}-${s.away}`, s.probability)
  }
  const highest = Math.max(0.001, ...known.values())
  const data: { value: [number, number, number | '-']; label: { color: string; formatter: string } }[] = []
  for (let home = 0; home <= maxGoals; home++) {
    for (let away = 0; away <= maxGoals; away++) {
      const probability = known.get(`${home}-${away}`)
      // dark cells get light text and light cells dark text, for contrast in both themes
      data.push({
        value: [away, home, probability === undefined ? '-' : Math.round(probability * 10000) / 100],
        label: {
          color: probability !== undefined && probability > highest * 0.5 ? palette.onAccent : palette.text,
          formatter: probability === undefined ? '–' : scorePercent(probability),
        },
      })
    }
  }
  return {
    tooltip: {
      position: 'top',
      formatter: (p: { dataIndex: number }) => {
        const cell = data[p.dataIndex]!
        return `${cell.value[1]}–${cell.value[0]}: ${cell.label.formatter}`
      },
    },
    grid: { left: 48, right: 12, top: 12, bottom: 56 },
    xAxis: { type: 'category', data: goals, name: labels.away, nameLocation: 'middle', nameGap: 28, axisLabel: { color: palette.text } },
    yAxis: { type: 'category', data: goals, name: labels.home, nameLocation: 'middle', nameGap: 30, axisLabel: { color: palette.text } },
    visualMap: {
      min: 0, max: Math.round(highest * 10000) / 100, show: false,
      inRange: { color: [palette.grid, palette.accent] },
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, fontSize: 11 },
      },
    ],
  }
}
