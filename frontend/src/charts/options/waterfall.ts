import type { Palette } from '../palette'

export interface Contribution {
  factor: string
  /** Percentage points on the favoured outcome. */
  contribution: number
}

export interface WaterfallStep {
  name: string
  /** Where the visible bar starts, in percent. */
  base: number
  /** The visible bar's length, in percentage points (positive). */
  size: number
  /** The signed change, in percentage points; null for the baseline and forecast bars. */
  change: number | null
}

/**
 * The explanation as steps from the market's probability of the favoured outcome to the forecast's:
 * the largest `top` factors one by one, the rest together, so the bars always end at the forecast.
 */
export function waterfallSteps(
  baseline: number,
  factors: readonly Contribution[],
  forecast: number,
  labels: { baseline: string; others: string; forecast: string },
  top = 8,
): WaterfallStep[] {
  const start = baseline * 100
  const end = forecast * 100
  const largest = [...factors].sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution)).slice(0, top)
  const steps: WaterfallStep[] = [{ name: labels.baseline, base: 0, size: start, change: null }]
  let running = start
  const add = (name: string, change: number) => {
    const base = change >= 0 ? running : running + change
    steps.push({ name, base, size: Math.abs(change), change })
    running += change
  }
  for (const factor of largest) add(factor.factor, factor.contribution)
  const rest = end - running
  if (Math.abs(rest) >= 0.05) add(labels.others, rest)
  steps.push({ name: labels.forecast, base: 0, size: end, change: null })
  return steps
}

/** Where the value axis starts: just below the lowest point the factors reach, so small steps stay visible. */
export function waterfallAxisMin(steps: readonly WaterfallStep[]): number {
  const lows = steps.filter((s) => s.change !== null).map((s) => s.base)
  const ends = steps.filter((s) => s.change === null).map((s) => s.size)
  const lowest = Math.min(...lows, ...ends)
  return Math.max(0, Math.floor((lowest - 3) / 5) * 5)
}

export function waterfallOption(steps: readonly WaterfallStep[], palette: Palette) {
  const round = (value: number) => Math.round(value * 10) / 10
  const min = waterfallAxisMin(steps)
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min, axisLabel: { color: palette.text, formatter: '{value}%' }, splitLine: { lineStyle: { color: palette.grid } } },
    yAxis: { type: 'category', inverse: true, data: steps.map((s) => s.name), axisLabel: { color: palette.text, width: 140, overflow: 'truncate' } },
    series: [
      { type: 'bar', stack: 'waterfall', silent: true, itemStyle: { color: 'transparent' }, data: steps.map((s) => round(s.base)) },
      {
        type: 'bar',
        stack: 'waterfall',
        data: steps.map((s) => ({
          value: round(s.size),
          itemStyle: { color: s.change === null ? palette.accent : s.change >= 0 ? palette.good : palette.bad },
          label: {
            show: true,
            position: 'right',
            color: palette.text,
            formatter: s.change === null ? `${round(s.size)}%` : `${s.change >= 0 ? '+' : '−'}${round(Math.abs(s.change))} pp`,
          },
        })),
      },
    ],
  }
}
