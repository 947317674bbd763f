/** Example requests shown on the Developers page; each is a valid operation of the schema (examples.spec.ts). */
export const EXAMPLES = [
  {
    id: 'upcoming',
    query: `query Upcoming {
  upcoming(leagues: ["E0"], first: 10) {
    edges { node { id kickoff homeTeam { name } awayTeam { name }
      prediction { homeWin draw awayWin confidence market { edge } } } }
  }
}`,
  },
  {
    id: 'match',
    query: `query Match($id: ID!) {
  match(id: $id) {
    homeTeam { name } awayTeam { name } status homeGoals awayGoals
    prediction { homeWin draw awayWin expectedHomeGoals expectedAwayGoals
      explanation(limit: 5) { factor contribution description } }
  }
}`,
  },
  {
    id: 'standings',
    query: `query Table {
  standings(league: "E0", season: "2023-2024") {
    position team { name } played points goalDifference form
  }
}`,
  },
  {
    id: 'subscription',
    query: `subscription Live {
  predictionUpdated(leagues: ["E0"]) {
    match { id homeTeam { name } awayTeam { name } }
    homeWin draw awayWin reason createdAt
  }
}`,
  },
] as const

export function curlCommand(origin: string, query: string): string {
  const body = JSON.stringify({ query: query.replace(/\s+/g, ' ').trim() })
  return `curl -s ${origin}/graphql -H 'Content-Type: application/json' -d '${body.replace(/'/g, "'\\''")}'`
}
