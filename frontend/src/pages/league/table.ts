export interface FinishedMatch {
  homeTeam: { id: string; name: string }
  awayTeam: { id: string; name: string }
  homeGoals?: number | null
  awayGoals?: number | null
}

export interface TableRow {
  position: number
  team: { id: string; name: string }
  played: number
  won: number
  drawn: number
  lost: number
  goalsFor: number
  goalsAgainst: number
  goalDifference: number
  points: number
}

/**
 * A home or away table from finished matches, ordered as the API orders standings: points, goal
 * difference, goals for, then name.
 */
export function venueTable(matches: readonly FinishedMatch[], venue: 'home' | 'away'): TableRow[] {
  const rows = new Map<string, TableRow>()
  for (const match of matches) {
    if (match.homeGoals == null || match.awayGoals == null) continue
    const team = venue === 'home' ? match.homeTeam : match.awayTeam
    const scored = venue === 'home' ? match.homeGoals : match.awayGoals
    const conceded = venue === 'home' ? match.awayGoals : match.homeGoals
    const row = rows.get(team.id) ?? {
      position: 0, team, played: 0, won: 0, drawn: 0, lost: 0, goalsFor: 0, goalsAgainst: 0, goalDifference: 0, points: 0,
    }
    row.played += 1
    row.goalsFor += scored
    row.goalsAgainst += conceded
    row.goalDifference = row.goalsFor - row.goalsAgainst
    if (scored > conceded) row.won += 1
    else if (scored === conceded) row.drawn += 1
    else row.lost += 1
    row.points = row.won * 3 + row.drawn
    rows.set(team.id, row)
  }
  return [...rows.values()]
    .sort((a, b) => b.points - a.points || b.goalDifference - a.goalDifference || b.goalsFor - a.goalsFor || a.team.name.localeCompare(b.team.name))
    .map((row, index) => ({ ...row, position: index + 1 }))
}
