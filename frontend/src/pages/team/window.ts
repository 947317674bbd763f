/** The days around the serving clock's today that a team page lists: recent results and the fixtures ahead. */
export function fixtureWindow(now: string, daysBack = 120, daysAhead = 21): { from: string; to: string } {
  const today = new Date(now)
  const shift = (days: number) => {
    const date = new Date(today)
    date.setUTCDate(date.getUTCDate() + days)
    return date.toISOString().slice(0, 10)
  }
  return { from: shift(-daysBack), to: shift(daysAhead) }
}

/** Last five finished results of a club, as W / D / L, most recent last. */
export function recentForm(
  teamId: string,
  matches: readonly { status: string; homeTeam: { id: string }; homeGoals?: number | null; awayGoals?: number | null }[],
  count = 5,
): string {
  return matches
    .filter((m) => m.status === 'FINISHED' && m.homeGoals != null && m.awayGoals != null)
    .slice(-count)
    .map((m) => {
      const own = m.homeTeam.id === teamId ? m.homeGoals! : m.awayGoals!
      const other = m.homeTeam.id === teamId ? m.awayGoals! : m.homeGoals!
      return own > other ? 'W' : own === other ? 'D' : 'L'
    })
    .join('')
}
