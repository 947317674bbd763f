import type { MatchSummaryFragment, PredictionSummaryFragment } from '@/gql/graphql'

export interface ForecastItem {
  match: MatchSummaryFragment
  prediction: PredictionSummaryFragment | null
}

export interface LeagueGroup {
  code: string
  name: string
  items: ForecastItem[]
}

/** Matches by league, leagues in order of their first match, matches in the order given (soonest first). */
export function groupByLeague(items: readonly ForecastItem[]): LeagueGroup[] {
  const groups = new Map<string, LeagueGroup>()
  for (const item of items) {
    const { code, name } = item.match.league
    if (!groups.has(code)) groups.set(code, { code, name, items: [] })
    groups.get(code)!.items.push(item)
  }
  return [...groups.values()]
}

/** The forecasts furthest from the de-margined market, by the edge on the favoured outcome. */
export function biggestDifferences(items: readonly ForecastItem[], count: number): ForecastItem[] {
  return items
    .filter((item) => item.prediction?.market)
    .sort((a, b) => Math.abs(b.prediction!.market!.edge) - Math.abs(a.prediction!.market!.edge))
    .slice(0, count)
}

/** A pushed prediction replaces the match's current one when it is newer; a match not listed yet is added in kick-off order. */
export function applyPrediction(
  items: readonly ForecastItem[],
  pushed: PredictionSummaryFragment & { match: MatchSummaryFragment },
): ForecastItem[] {
  const { match, ...prediction } = pushed
  const index = items.findIndex((item) => item.match.id === match.id)
  if (index >= 0) {
    const current = items[index]!.prediction
    if (current && current.createdAt > prediction.createdAt) return [...items]
    const next = [...items]
    next[index] = { match: { ...items[index]!.match, ...match }, prediction }
    return next
  }
  if (match.status !== 'SCHEDULED') return [...items]
  const key = (m: MatchSummaryFragment) => m.kickoff ?? `${m.date}T23:59:59Z`
  const next = [...items, { match, prediction }]
  return next.sort((a, b) => key(a.match).localeCompare(key(b.match)))
}
