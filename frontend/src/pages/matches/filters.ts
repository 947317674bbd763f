import type { LocationQuery } from 'vue-router'
import type { MatchFilter, MatchStatus } from '@/gql/graphql'

const STATUSES: MatchStatus[] = ['SCHEDULED', 'LIVE', 'FINISHED', 'POSTPONED', 'CANCELLED']
const DAY = /^\d{4}-\d{2}-\d{2}$/

function single(value: LocationQuery[string]): string | undefined {
  const first = Array.isArray(value) ? value[0] : value
  return first ? String(first) : undefined
}

/** The matches filter kept in the page's URL, so a filtered list can be shared and reloaded. */
export function filterFromQuery(query: LocationQuery): MatchFilter {
  const filter: MatchFilter = {}
  const league = single(query.league)
  const season = single(query.season)
  const team = single(query.team)
  const from = single(query.from)
  const to = single(query.to)
  const status = single(query.status)
  if (league) filter.league = league
  if (season) filter.season = season
  if (team) filter.team = team
  if (from && DAY.test(from)) filter.from = from
  if (to && DAY.test(to)) filter.to = to
  if (status && (STATUSES as string[]).includes(status)) filter.status = status as MatchStatus
  return filter
}

export function queryFromFilter(filter: MatchFilter): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [key, value] of Object.entries(filter)) if (value) query[key] = String(value)
  return query
}

export { STATUSES }
