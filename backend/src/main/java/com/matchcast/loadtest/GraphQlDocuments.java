package com.matchcast.loadtest;

/** The GraphQL documents the benchmark sends. */
final class GraphQlDocuments {

  /**
   * The README's upcoming example (Predictions service) with its selection unchanged; the leagues
   * are a parameter because one league has about ten matches a week, and the page measured is a
   * full one of 50 matches with five explanation factors each.
   */
  static String upcoming(String leaguesArgument) {
    return "{ upcoming(" + leaguesArgument + "first: 50) { edges { node {\n"
        + "    id kickoff homeTeam { name } awayTeam { name }\n"
        + "    prediction { homeWin draw awayWin confidence expectedHomeGoals expectedAwayGoals\n"
        + "                 overUnder25 { over under } bothTeamsToScore { yes no }\n"
        + "                 topScores(limit: 5) { home away probability }\n"
        + "                 explanation(limit: 5) { factor contribution description }\n"
        + "                 market { homeWin draw awayWin margin edge } modelVersion createdAt } } } } }";
  }

  static final String LEAGUES = "{ leagues { code name } }";

  static String standings(String league, String season) {
    return "{ standings(league: \"" + league + "\", season: \"" + season + "\") {"
        + " position team { name } played points goalDifference form } }";
  }

  static String firstUpcomingMatch(String league) {
    return "{ upcoming(leagues: [\"" + league + "\"], first: 1) { edges { node { id } } } }";
  }

  static final String SERVING_CLOCK = "{ servingClock { mode now speed } }";

  /** Only the prediction's own fields: a field that needs the store would cost a query per subscriber. */
  static String predictionUpdated(String matchId) {
    return "subscription { predictionUpdated(matchIds: [\"" + matchId + "\"]) { id homeWin draw awayWin confidence reason } }";
  }

  static String recomputePredictions(String league) {
    return "mutation { recomputePredictions(league: \"" + league + "\") { __typename"
        + " ... on PredictionsRecomputed { matches } ... on UnknownLeague { message } } }";
  }

  static final String RETRAIN = "mutation { retrain { __typename"
      + " ... on TrainingStarted { startedAt } ... on TrainingAlreadyRunning { message } } }";

  private GraphQlDocuments() {}
}
