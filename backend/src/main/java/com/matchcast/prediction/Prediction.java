package com.matchcast.prediction;

import com.matchcast.goals.ScoreGridParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One forecast of one match, as served and as kept in the ledger. Probabilities are in the
 * order home win, draw, away win and sum to 1; goal markets come from one exact-score grid
 * anchored to those probabilities.
 *
 * @param id               the ledger row, 0 before it is recorded
 * @param kickoff          kick-off in UTC, or null when only the date is known
 * @param topScores        the likeliest exact scores, likeliest first
 * @param confidence       see {@link Confidence}: 0 (a coin toss between outcomes) to 1
 * @param market           the de-margined pre-match market the forecast saw, or null when nobody priced it
 * @param modelVersion     the registry id of the model that made it
 * @param inputsHash       SHA-256 of every input (features and model version): equal hashes, equal forecasts
 * @param previousId       the match's previous prediction, or 0 for its first
 * @param reason           why it was made: first forecast, prices moved, new model, new results, kick-off
 * @param scoreGrid        what the exact-score grid behind the goal markets and top scores was made from; null
 *                         when not carried (a row read from the ledger: the ledger keeps it beside the row, see
 *                         {@link PredictionLedger#scoreGrid})
 */
public record Prediction(
    long id,
    long matchId,
    String league,
    String season,
    LocalDate date,
    LocalDateTime kickoff,
    String homeTeam,
    String awayTeam,
    double homeWin,
    double draw,
    double awayWin,
    double expectedHomeGoals,
    double expectedAwayGoals,
    double over25,
    double bothTeamsToScore,
    List<ScoreProbability> topScores,
    double confidence,
    MarketView market,
    long modelVersion,
    String inputsHash,
    long previousId,
    String reason,
    Instant createdAt,
    ScoreGridParameters scoreGrid) {

  public Prediction {
    topScores = List.copyOf(topScores);
  }

  /** A prediction without its grid's parameters (as read from the ledger row). */
  public Prediction(long id, long matchId, String league, String season, LocalDate date, LocalDateTime kickoff,
      String homeTeam, String awayTeam, double homeWin, double draw, double awayWin, double expectedHomeGoals,
      double expectedAwayGoals, double over25, double bothTeamsToScore, List<ScoreProbability> topScores,
      double confidence, MarketView market, long modelVersion, String inputsHash, long previousId, String reason,
      Instant createdAt) {
    this(id, matchId, league, season, date, kickoff, homeTeam, awayTeam, homeWin, draw, awayWin, expectedHomeGoals,
        expectedAwayGoals, over25, bothTeamsToScore, topScores, confidence, market, modelVersion, inputsHash,
        previousId, reason, createdAt, null);
  }

  /** The probability of an exact score. */
  public record ScoreProbability(int home, int away, double probability) {}

  /**
   * The pre-match market as the forecast saw it: de-margined probabilities and the bookmakers'
   * margin (overround minus one, null when the average book is not known).
   */
  public record MarketView(double homeWin, double draw, double awayWin, Double margin) {}

  public double[] probabilities() {
    return new double[] {homeWin, draw, awayWin};
  }

  public Prediction withReason(String why) {
    return new Prediction(id, matchId, league, season, date, kickoff, homeTeam, awayTeam, homeWin, draw, awayWin,
        expectedHomeGoals, expectedAwayGoals, over25, bothTeamsToScore, topScores, confidence, market, modelVersion,
        inputsHash, previousId, why, createdAt, scoreGrid);
  }
}
