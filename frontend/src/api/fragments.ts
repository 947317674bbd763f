import { graphql } from '@/gql'

/** What a card or row shows of a match. */
export const MatchSummaryFragment = graphql(`
  fragment MatchSummary on Match {
    id
    date
    kickoff
    status
    homeGoals
    awayGoals
    league { code name }
    homeTeam { id name }
    awayTeam { id name }
  }
`)

/** What a card shows of a prediction; subscriptions ask for the same, so a push replaces it in place. */
export const PredictionSummaryFragment = graphql(`
  fragment PredictionSummary on Prediction {
    id
    homeWin
    draw
    awayWin
    confidence
    confidenceRank { forecasts below }
    reason
    createdAt
    market { homeWin draw awayWin edge margin }
  }
`)
