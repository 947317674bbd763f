import { graphql } from '@/gql'

export const MatchPredictionFragment = graphql(`
  fragment MatchPrediction on Prediction {
    ...PredictionSummary
    modelVersion
    expectedHomeGoals
    expectedAwayGoals
    overUnder25 { over under }
    bothTeamsToScore { yes no }
    topScores(limit: 10) { home away probability }
    scoreGrid(maxGoals: 5) { maxGoals beyond cells { home away probability } }
    fairOdds { homeWin draw awayWin }
    market { edges { homeWin draw awayWin } }
    explanation(language: $language) { key factor contribution description }
    confidenceRank { forecasts below fifth lower upper matches accuracy }
    score { status voidReason result homeGoals awayGoals rps logLoss brier closingRps preMatchRps }
  }
`)

export const MatchPageQuery = graphql(`
  query MatchPage($id: ID!, $language: Language!) {
    match(id: $id) {
      ...MatchSummary
      season
      referee
      venue
      homeGoalsHalfTime
      awayGoalsHalfTime
      statistics { source homeShots awayShots homeShotsOnTarget awayShotsOnTarget homeCorners awayCorners homeExpectedGoals awayExpectedGoals }
      odds(market: ONE_X_TWO) { bookmaker closing home draw away }
      prediction { ...MatchPrediction }
      predictionHistory {
        id
        createdAt
        homeWin
        draw
        awayWin
        reason
        modelVersion
        changes { factors(limit: 3, language: $language) { key factor change } }
      }
    }
  }
`)

export const MatchPredictionPushed = graphql(`
  subscription MatchPredictionPushed($id: ID!, $language: Language!) {
    predictionUpdated(matchIds: [$id]) {
      ...MatchPrediction
      changes { factors(limit: 3, language: $language) { key factor change } }
    }
  }
`)

export const MatchPredictionScored = graphql(`
  subscription MatchPredictionScored($id: ID!) {
    predictionScored(matchIds: [$id]) { id }
  }
`)

export const MatchContextQuery = graphql(`
  query MatchContext($home: String!, $away: String!, $league: String!, $season: String!, $asOf: Date) {
    headToHead(homeTeam: $home, awayTeam: $away, last: 10) {
      summary { played teamWins draws opponentWins teamGoals opponentGoals }
      meetings { id date homeGoals awayGoals homeTeam { name } awayTeam { name } }
    }
    standings(league: $league, season: $season, asOf: $asOf) { position team { id name } played points form }
  }
`)
