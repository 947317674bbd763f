import type { Palette } from '../palette'

export interface BankrollPoint {
  date: string
  bankroll: number
}

/**
 * The live paper bankroll beside the backtest's, each on time and value axes of its own (the
 * backtest's seasons come years earlier, and five seasons of Kelly stakes reach sizes a live
 * record of weeks does not), told apart by dash and marker as well as colour.
 */
export function bankrollOption(
  live: readonly BankrollPoint[],
  backtest: readonly BankrollPoint[],
  labels: { live: string; backtest: string },
  palette: Palette,
) {
  const line = (name: string, points: readonly BankrollPoint[], color: string, dashed: boolean, axis: number) => ({
    name,
    type: 'line',
    xAxisIndex: axis,
    yAxisIndex: axis,
    showSymbol: points.length < 60,
    symbol: dashed ? 'triangle' : 'circle',
    lineStyle: { type: dashed ? 'dashed' : 'solid', width: 2 },
    color,
    data: points.map((p) => [p.date, Math.round(p.bankroll * 100) / 100]),
    markLine: { silent: true, symbol: 'none', lineStyle: { color: palette.muted, type: 'dotted' }, data: [{ yAxis: 100 }] },
  })
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: palette.text } },
    grid: { left: 8, right: 16, top: 40, bottom: 24, containLabel: true },
    xAxis: [
      { type: 'time', axisLabel: { color: palette.text } },
      { type: 'time', position: 'top', show: false },
    ],
    yAxis: [
      { type: 'value', scale: true, axisLabel: { color: palette.text }, splitLine: { lineStyle: { color: palette.grid } } },
      { type: 'value', scale: true, position: 'right', axisLabel: { color: palette.muted }, splitLine: { show: false } },
    ],
    series: [
      line(labels.live, live, palette.accent, false, 0),
      line(labels.backtest, backtest, palette.series[1] ?? palette.away, true, 1),
    ],
  }
}

export interface ClvPoint {
  date: string
  clv: number
}

/** Each settled pick's closing-line value in percent, with the zero line: above it, the price beat the close. */
export function clvOption(points: readonly ClvPoint[], label: string, palette: Palette) {
  return {
    tooltip: { trigger: 'item', valueFormatter: (v: number) => `${v}%` },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'time', axisLabel: { color: palette.text } },
    yAxis: { type: 'value', axisLabel: { color: palette.text, formatter: '{value}%' }, splitLine: { lineStyle: { color: palette.grid } } },
    series: [
      {
        name: label,
        type: 'scatter',
        symbolSize: 7,
        color: palette.accent,
        data: points.map((p) => [p.date, Math.round(p.clv * 1000) / 10]),
        markLine: { silent: true, symbol: 'none', lineStyle: { color: palette.muted }, data: [{ yAxis: 0 }] },
      },
    ],
  }
}
