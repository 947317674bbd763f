package com.matchcast.ledger;

import com.matchcast.prediction.Prediction;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;

/** Reads and writes prediction rows; times are UTC DATETIME, numbers DECIMAL with 10 decimals. */
final class LedgerRows {

  static final String COLUMNS = "id, match_id, league, season, match_date, kickoff_at, home_team, away_team,"
      + " home_win, draw, away_win, expected_home_goals, expected_away_goals, over_25, both_teams_to_score,"
      + " top_scores, confidence, market_home_win, market_draw, market_away_win, market_margin, model_version,"
      + " inputs_hash, previous_id, reason, created_at, previous_hash, row_hash";

  static final String INSERT = "INSERT INTO prediction (" + COLUMNS + ") VALUES (:id, :matchId, :league, :season,"
      + " :date, :kickoff, :homeTeam, :awayTeam, :homeWin, :draw, :awayWin, :xgHome, :xgAway, :over25, :btts,"
      + " :topScores, :confidence, :mHome, :mDraw, :mAway, :mMargin, :modelVersion, :inputsHash, :previousId,"
      + " :reason, :createdAt, :previousHash, :rowHash)";

  /** The grid's parameters beside the row (migration V14), as exact doubles. */
  static final String INSERT_GRID = "INSERT INTO prediction_goal_grid (prediction_id, home_rate, away_rate, rho,"
      + " max_goals) VALUES (:id, :homeRate, :awayRate, :rho, :maxGoals)";

  private LedgerRows() {}

  /**
   * The prediction exactly as the ledger will store it: its id and predecessor, numbers to 10
   * decimals, the time to the millisecond (DATETIME(3)), so that what is returned, hashed and
   * read back are equal.
   */
  static Prediction stored(Prediction p, long id, long previousId, Instant createdAt) {
    Prediction.MarketView market = p.market() == null ? null : new Prediction.MarketView(
        LedgerNumbers.rounded(p.market().homeWin()), LedgerNumbers.rounded(p.market().draw()),
        LedgerNumbers.rounded(p.market().awayWin()), LedgerNumbers.rounded(p.market().margin()));
    return new Prediction(id, p.matchId(), p.league(), p.season(), p.date(),
        p.kickoff() == null ? null : p.kickoff().truncatedTo(ChronoUnit.SECONDS), p.homeTeam(), p.awayTeam(),
        LedgerNumbers.rounded(p.homeWin()), LedgerNumbers.rounded(p.draw()), LedgerNumbers.rounded(p.awayWin()),
        LedgerNumbers.rounded(p.expectedHomeGoals()), LedgerNumbers.rounded(p.expectedAwayGoals()),
        LedgerNumbers.rounded(p.over25()), LedgerNumbers.rounded(p.bothTeamsToScore()),
        TopScores.parse(TopScores.format(p.topScores())), LedgerNumbers.rounded(p.confidence()), market,
        p.modelVersion(), p.inputsHash(), previousId, p.reason(), createdAt.truncatedTo(ChronoUnit.MILLIS),
        p.scoreGrid());
  }

  static GenericExecuteSpec bindInsert(GenericExecuteSpec spec, LedgerEntry entry) {
    Prediction p = entry.prediction();
    spec = spec.bind("id", p.id()).bind("matchId", p.matchId()).bind("league", p.league())
        .bind("season", p.season()).bind("date", p.date())
        .bind("homeTeam", p.homeTeam()).bind("awayTeam", p.awayTeam())
        .bind("homeWin", LedgerNumbers.decimal(p.homeWin())).bind("draw", LedgerNumbers.decimal(p.draw()))
        .bind("awayWin", LedgerNumbers.decimal(p.awayWin()))
        .bind("xgHome", LedgerNumbers.decimal(p.expectedHomeGoals()))
        .bind("xgAway", LedgerNumbers.decimal(p.expectedAwayGoals()))
        .bind("over25", LedgerNumbers.decimal(p.over25())).bind("btts", LedgerNumbers.decimal(p.bothTeamsToScore()))
        .bind("topScores", TopScores.format(p.topScores())).bind("confidence", LedgerNumbers.decimal(p.confidence()))
        .bind("modelVersion", p.modelVersion()).bind("inputsHash", p.inputsHash()).bind("reason", p.reason())
        .bind("createdAt", LocalDateTime.ofInstant(p.createdAt(), ZoneOffset.UTC))
        .bind("previousHash", entry.previousHash()).bind("rowHash", entry.rowHash());
    spec = p.kickoff() == null ? spec.bindNull("kickoff", LocalDateTime.class) : spec.bind("kickoff", p.kickoff());
    spec = p.previousId() == 0 ? spec.bindNull("previousId", Long.class) : spec.bind("previousId", p.previousId());
    if (p.market() == null) {
      for (String name : new String[] {"mHome", "mDraw", "mAway", "mMargin"}) {
        spec = spec.bindNull(name, BigDecimal.class);
      }
      return spec;
    }
    return spec.bind("mHome", LedgerNumbers.decimal(p.market().homeWin()))
        .bind("mDraw", LedgerNumbers.decimal(p.market().draw()))
        .bind("mAway", LedgerNumbers.decimal(p.market().awayWin()))
        .bind("mMargin", LedgerNumbers.decimal(p.market().margin()));
  }

  static LedgerEntry read(Readable row) {
    BigDecimal marketHome = row.get("market_home_win", BigDecimal.class);
    Prediction.MarketView market = marketHome == null ? null : new Prediction.MarketView(marketHome.doubleValue(),
        number(row, "market_draw"), number(row, "market_away_win"), number(row, "market_margin"));
    Long previous = row.get("previous_id", Long.class);
    Prediction prediction = new Prediction(row.get("id", Long.class), row.get("match_id", Long.class),
        row.get("league", String.class), row.get("season", String.class), row.get("match_date", LocalDate.class),
        row.get("kickoff_at", LocalDateTime.class), row.get("home_team", String.class),
        row.get("away_team", String.class), number(row, "home_win"), number(row, "draw"), number(row, "away_win"),
        number(row, "expected_home_goals"), number(row, "expected_away_goals"), number(row, "over_25"),
        number(row, "both_teams_to_score"), TopScores.parse(row.get("top_scores", String.class)),
        number(row, "confidence"), market, row.get("model_version", Long.class),
        row.get("inputs_hash", String.class), previous == null ? 0 : previous, row.get("reason", String.class),
        row.get("created_at", LocalDateTime.class).toInstant(ZoneOffset.UTC));
    return new LedgerEntry(prediction, row.get("previous_hash", String.class), row.get("row_hash", String.class));
  }

  private static double number(Readable row, String column) {
    return row.get(column, BigDecimal.class).doubleValue();
  }
}
