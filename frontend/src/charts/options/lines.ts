import type { Palette } from '../palette'

export interface ProbabilityPoint {
  createdAt: string
  homeWin: number
  draw: number
  awayWin: number
}

const LINE_TYPES = ['solid', 'dashed', 'dotted'] as const
const SYMBOLS = ['circle', 'triangle', 'rect'] as const

/** How each outcome's probability moved, one line per outcome, told apart by dash and marker as well as colour. */
export function predictionHistoryOption(
  history: readonly ProbabilityPoint[],
  labels: { home: string; draw: string; away: string },
  palette: Palette,
) {
  const outcomes = [
    { name: labels.home, field: 'homeWin', color: palette.home },
    { name: labels.draw, field: 'draw', color: palette.draw },
    { name: labels.away, field: 'awayWin', color: palette.away },
  ] as const
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
    legend: { top: 0, textStyle: { color: palette.text } },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'time', axisLabel: { color: palette.text } },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { color: palette.text, formatter: '{value}%' }, splitLine: { lineStyle: { color: palette.grid } } },
    series: outcomes.map((outcome, index) => ({
      name: outcome.name,
      type: 'line',
      step: 'end',
      symbol: SYMBOLS[index],
      symbolSize: 7,
      lineStyle: { type: LINE_TYPES[index], width: 2 },
      color: outcome.color,
      data: history.map((point) => [point.createdAt, Math.round(point[outcome.field] * 1000) / 10]),
    })),
  }
}

export interface OddsQuote {
  bookmaker: string
  closing: boolean
  home?: number | string | null
  draw?: number | string | null
  away?: number | string | null
}

/** One line per bookmaker from its pre-match to its closing price of one outcome. */
export function priceMovementOption(
  odds: readonly OddsQuote[],
  outcome: 'home' | 'draw' | 'away',
  labels: { preMatch: string; closing: string },
  palette: Palette,
) {
  const bookmakers = [...new Set(odds.map((o) => o.bookmaker))].sort()
  const price = (bookmaker: string, closing: boolean) => {
    const quote = odds.find((o) => o.bookmaker === bookmaker && o.closing === closing)
    const value = quote?.[outcome]
    return value === null || value === undefined ? null : Number(value)
  }
  const series = bookmakers
    .map((bookmaker, index) => ({
      name: bookmaker,
      type: 'line',
      symbol: SYMBOLS[index % SYMBOLS.length],
      symbolSize: 8,
      color: palette.series[index % palette.series.length],
      lineStyle: { type: LINE_TYPES[index % LINE_TYPES.length] },
      data: [price(bookmaker, false), price(bookmaker, true)],
    }))
    .filter((s) => s.data.some((v) => v !== null))
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, type: 'scroll', textStyle: { color: palette.text } },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: [labels.preMatch, labels.closing], axisLabel: { color: palette.text } },
    yAxis: { type: 'value', scale: true, axisLabel: { color: palette.text }, splitLine: { lineStyle: { color: palette.grid } } },
    series,
  }
}

const GAP_DAYS = 180

/** Points of a rating line with a break (null) wherever the club went half a year without a match in the data. */
export function ratingLine(points: readonly { date: string; value: number }[]): ([string, number] | null)[] {
  const line: ([string, number] | null)[] = []
  points.forEach((point, index) => {
    const previous = points[index - 1]
    if (previous && Date.parse(point.date) - Date.parse(previous.date) > GAP_DAYS * 86_400_000) line.push(null)
    line.push([point.date, Math.round(point.value * 1000) / 1000])
  })
  return line
}

/** A club's rating at each match. */
export function ratingHistoryOption(points: readonly { date: string; value: number }[], name: string, palette: Palette) {
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
    xAxis: { type: 'time', axisLabel: { color: palette.text } },
    yAxis: { type: 'value', scale: true, axisLabel: { color: palette.text }, splitLine: { lineStyle: { color: palette.grid } } },
    series: [
      {
        name,
        type: 'line',
        showSymbol: false,
        color: palette.accent,
        connectNulls: false,
        data: ratingLine(points),
      },
    ],
  }
}

export interface MonthScores {
  key: string
  model: number
  closing: number | null
  preMatch: number | null
}

/** Mean RPS per month of the model, the closing market and the pre-match market (lower is better). */
export function rpsByMonthOption(
  rows: readonly MonthScores[],
  labels: { model: string; closing: string; preMatch: string },
  palette: Palette,
) {
  const round = (v: number | null) => (v === null ? null : Math.round(v * 10000) / 10000)
  const line = (name: string, values: (number | null)[], color: string, index: number) => ({
    name, type: 'line', data: values.map(round), color,
    symbol: SYMBOLS[index], symbolSize: 7, lineStyle: { type: LINE_TYPES[index], width: 2 }, connectNulls: false,
  })
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: palette.text } },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((r) => r.key), axisLabel: { color: palette.text } },
    yAxis: { type: 'value', scale: true, name: 'RPS', axisLabel: { color: palette.text }, splitLine: { lineStyle: { color: palette.grid } } },
    series: [
      line(labels.model, rows.map((r) => r.model), palette.accent, 0),
      line(labels.closing, rows.map((r) => r.closing), palette.home, 1),
      line(labels.preMatch, rows.map((r) => r.preMatch), palette.away, 2),
    ],
  }
}

export interface ReliabilityBin {
  /** Mean forecast probability of the bin. */
  predicted: number
  /** Share of the bin's forecasts whose outcome happened. */
  observed: number
  count: number
}

/** Forecast probability against how often it came true; a calibrated model lies on the diagonal. */
export function reliabilityOption(
  bins: readonly ReliabilityBin[],
  labels: { forecast: string; observed: string; perfect: string },
  palette: Palette,
) {
  return {
    tooltip: { trigger: 'item' },
    legend: { top: 0, textStyle: { color: palette.text } },
    grid: { left: 8, right: 16, top: 36, bottom: 36, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, name: labels.forecast, nameLocation: 'middle', nameGap: 24, axisLabel: { color: palette.text, formatter: '{value}%' }, splitLine: { lineStyle: { color: palette.grid } } },
    yAxis: { type: 'value', min: 0, max: 100, name: labels.observed, axisLabel: { color: palette.text, formatter: '{value}%' }, splitLine: { lineStyle: { color: palette.grid } } },
    series: [
      { name: labels.perfect, type: 'line', data: [[0, 0], [100, 100]], symbol: 'none', color: palette.muted, lineStyle: { type: 'dashed' } },
      {
        name: labels.observed,
        type: 'line',
        color: palette.accent,
        symbol: 'circle',
        symbolSize: (value: number[]) => Math.max(6, Math.min(20, Math.sqrt(value[2] ?? 0) * 1.5)),
        data: bins.map((bin) => [Math.round(bin.predicted * 1000) / 10, Math.round(bin.observed * 1000) / 10, bin.count]),
      },
    ],
  }
}
