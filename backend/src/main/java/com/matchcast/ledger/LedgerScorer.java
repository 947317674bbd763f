package com.matchcast.ledger;

import com.matchcast.prediction.Prediction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Settles matches in the ledger's prediction_score table, once each.
 *
 * <p>A finished match is scored with the last prediction created before its kick-off: the
 * match's kickoff_at (UTC), or, when only the date is known, 00:00 UTC of the match date. The
 * date-only cut-off is the cautious one: a prediction made on match day without a known
 * kick-off might have seen the game start, so it is not the one scored. The model's RPS, log
 * loss and Brier score sit beside the closing and pre-match markets' on the same match (see
 * {@link MarketForecast} for which prices). A match nobody predicted before kick-off is not
 * scored, only logged.
 *
 * <p>A postponed, abandoned or cancelled match is voided: one VOID row names the match's latest
 * prediction at that time and voids it with every earlier prediction of the match; they stay in
 * the ledger and are never scored. When the match is rescheduled it is predicted afresh, and
 * scoring considers only predictions recorded after the last void row of the match.
 *
 * <p>Both operations are idempotent: a match already scored, or a prediction already voided, is
 * left alone, and the unique key on prediction_id settles two scorers racing on one match.
 */
@Component
public class LedgerScorer {

  private static final Logger log = LoggerFactory.getLogger(LedgerScorer.class);

  private final DatabaseClient db;
  private final Clock clock;

  public LedgerScorer(DatabaseClient db, ObjectProvider<Clock> clock) {
    this.db = db;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** Scores the finished match; an error when the match is unknown or not finished. */
  public Mono<Void> scoreFinished(long matchId) {
    return settle(matchId).then();
  }

  /**
   * Scores the finished match as {@link #scoreFinished} does and emits the prediction this call
   * scored; empty when there was nothing to do: the match was scored already (by an earlier call, or
   * by a racing one that inserted first) or nobody predicted it before kick-off. So of any number of
   * calls for one match, at most one emits.
   */
  public Mono<Prediction> settle(long matchId) {
    return finishedMatch(matchId)
        .flatMap(match -> alreadyScored(matchId).flatMap(scored -> scored ? Mono.<Prediction>empty()
            : lastVoided(matchId).flatMap(voidedThrough -> lastBeforeKickoff(matchId, voidedThrough, match.cutoff()))
                .switchIfEmpty(Mono.fromRunnable(() -> log.info(
                    "match {} finished without a prediction before its kick-off {}: not scored", matchId,
                    match.cutoff())))
                .flatMap(prediction -> books(matchId).flatMap(books -> insertScore(prediction, match, books))
                    .filter(Boolean::booleanValue).map(inserted -> prediction))));
  }

  /**
   * Matches that have predictions but no score: upcoming ones, matches nobody predicted before
   * kick-off, and finished ones whose scoring was missed (a result that arrived while no instance
   * served). The catch-up after a start scores the finished ones among them.
   */
  public reactor.core.publisher.Flux<Long> unscoredMatches() {
    return db.sql("SELECT DISTINCT p.match_id FROM prediction p WHERE NOT EXISTS (SELECT 1 FROM prediction_score s"
            + " WHERE s.match_id = p.match_id AND s.voided = FALSE)")
        .map(row -> ((Number) row.get("match_id")).longValue()).all();
  }

  /** How the prediction fared, if it was scored or voided. */
  public Mono<PredictionScore> score(long predictionId) {
    return db.sql("SELECT prediction_id, voided, void_reason, result, home_goals, away_goals, model_rps,"
            + " model_log_loss, model_brier, closing_rps, pre_match_rps FROM prediction_score"
            + " WHERE prediction_id = :prediction")
        .bind("prediction", predictionId)
        .map(row -> new PredictionScore(predictionId, Boolean.TRUE.equals(row.get("voided", Boolean.class)),
            row.get("void_reason", String.class), integer(row, "result"), integer(row, "home_goals"),
            integer(row, "away_goals"), number(row, "model_rps"),
            number(row, "model_log_loss"), number(row, "model_brier"), number(row, "closing_rps"),
            number(row, "pre_match_rps")))
        .one();
  }

  /** Small integer columns decode as Byte or Short depending on the database. */
  private static Integer integer(io.r2dbc.spi.Readable row, String column) {
    Object value = row.get(column);
    return value == null ? null : ((Number) value).intValue();
  }

  private static Double number(io.r2dbc.spi.Readable row, String column) {
    BigDecimal value = row.get(column, BigDecimal.class);
    return value == null ? null : value.doubleValue();
  }

  /** Voids the match's predictions so far; nothing to do when it has none or they are already void or scored. */
  public Mono<Void> voidMatch(long matchId, String reason) {
    if (reason == null || reason.isBlank()) {
      return Mono.error(new IllegalArgumentException("a void needs its reason (postponed, abandoned, cancelled)"));
    }
    return alreadyScored(matchId).flatMap(scored -> {
      if (scored) {
        log.warn("match {} is already scored: not voided ({})", matchId, reason);
        return Mono.<Void>empty();
      }
      return db.sql("SELECT " + LedgerRows.COLUMNS + " FROM prediction WHERE match_id = :match ORDER BY id DESC LIMIT 1")
          .bind("match", matchId).map(LedgerRows::read).one().map(LedgerEntry::prediction)
          .switchIfEmpty(Mono.fromRunnable(() -> log.info("match {} voided ({}) before any prediction", matchId,
              reason)))
          .flatMap(latest -> ignoringDuplicate(insert(latest, true)
              .bind("reason", reason).bindNull("result", Integer.class).bindNull("homeGoals", Integer.class)
              .bindNull("awayGoals", Integer.class).bindNull("cutoff", LocalDateTime.class)).then());
    });
  }

  /** True when this call inserted the score, false when a racing scorer had inserted it first. */
  private Mono<Boolean> insertScore(Prediction prediction, FinishedMatch match, List<MarketForecast.Book> books) {
    int result = match.result();
    ForecastScore model = ForecastScore.of(prediction.probabilities(), result);
    GenericExecuteSpec spec = insert(prediction, false).bindNull("reason", String.class)
        .bind("result", result).bind("homeGoals", match.homeGoals()).bind("awayGoals", match.awayGoals())
        .bind("cutoff", match.cutoff())
        .bind("modelRps", LedgerNumbers.decimal(model.rankedProbabilityScore()))
        .bind("modelLogLoss", LedgerNumbers.decimal(model.logLoss()))
        .bind("modelBrier", LedgerNumbers.decimal(model.brierScore()));
    spec = bindMarket(spec, "closing", MarketForecast.first(MarketForecast.CLOSING, books), result);
    spec = bindMarket(spec, "preMatch", MarketForecast.first(MarketForecast.PRE_MATCH, books), result);
    return ignoringDuplicate(spec);
  }

  private GenericExecuteSpec insert(Prediction prediction, boolean voided) {
    GenericExecuteSpec spec = db.sql("INSERT INTO prediction_score (prediction_id, match_id, league, season,"
            + " match_date, model_version, voided, void_reason, result, home_goals, away_goals, kickoff_cutoff,"
            + " model_rps, model_log_loss, model_brier, closing_source, closing_home_win, closing_draw,"
            + " closing_away_win, closing_rps, closing_log_loss, closing_brier, pre_match_source,"
            + " pre_match_home_win, pre_match_draw, pre_match_away_win, pre_match_rps, pre_match_log_loss,"
            + " pre_match_brier, scored_at) VALUES (:prediction, :match, :league, :season, :date, :modelVersion,"
            + " :voided, :reason, :result, :homeGoals, :awayGoals, :cutoff, :modelRps, :modelLogLoss, :modelBrier,"
            + " :closingSource, :closingHome, :closingDraw, :closingAway, :closingRps, :closingLogLoss,"
            + " :closingBrier, :preMatchSource, :preMatchHome, :preMatchDraw, :preMatchAway, :preMatchRps,"
            + " :preMatchLogLoss, :preMatchBrier, :scoredAt)")
        .bind("prediction", prediction.id()).bind("match", prediction.matchId()).bind("league", prediction.league())
        .bind("season", prediction.season()).bind("date", prediction.date())
        .bind("modelVersion", prediction.modelVersion()).bind("voided", voided)
        .bind("scoredAt", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
    if (voided) {
      for (String name : List.of("modelRps", "modelLogLoss", "modelBrier")) {
        spec = spec.bindNull(name, BigDecimal.class);
      }
      spec = bindMarket(spec, "closing", Optional.empty(), 0);
      spec = bindMarket(spec, "preMatch", Optional.empty(), 0);
    }
    return spec;
  }

  private static GenericExecuteSpec bindMarket(GenericExecuteSpec spec, String prefix,
      Optional<MarketForecast> market, int result) {
    if (market.isEmpty()) {
      spec = spec.bindNull(prefix + "Source", String.class);
      for (String name : List.of("Home", "Draw", "Away", "Rps", "LogLoss", "Brier")) {
        spec = spec.bindNull(prefix + name, BigDecimal.class);
      }
      return spec;
    }
    double[] p = market.get().probabilities();
    ForecastScore score = ForecastScore.of(p, result);
    return spec.bind(prefix + "Source", market.get().source().label())
        .bind(prefix + "Home", LedgerNumbers.decimal(p[0])).bind(prefix + "Draw", LedgerNumbers.decimal(p[1]))
        .bind(prefix + "Away", LedgerNumbers.decimal(p[2]))
        .bind(prefix + "Rps", LedgerNumbers.decimal(score.rankedProbabilityScore()))
        .bind(prefix + "LogLoss", LedgerNumbers.decimal(score.logLoss()))
        .bind(prefix + "Brier", LedgerNumbers.decimal(score.brierScore()));
  }

  /**
   * Another scorer settled the same prediction first: that is the idempotent outcome, not a failure.
   * True when this insert wrote the row.
   */
  private static Mono<Boolean> ignoringDuplicate(GenericExecuteSpec spec) {
    return spec.fetch().rowsUpdated().map(rows -> rows > 0)
        .onErrorResume(DataIntegrityViolationException.class, e -> Mono.just(false));
  }

  private Mono<FinishedMatch> finishedMatch(long matchId) {
    return db.sql("SELECT status, match_date, kickoff_at, home_goals, away_goals FROM matches WHERE id = :id")
        .bind("id", matchId)
        .map(row -> new FinishedMatch(row.get("status", String.class), row.get("match_date", LocalDate.class),
            row.get("kickoff_at", LocalDateTime.class), goals(row.get("home_goals")), goals(row.get("away_goals"))))
        .one()
        .switchIfEmpty(Mono.error(() -> new IllegalArgumentException("no match " + matchId)))
        .flatMap(match -> "FINISHED".equals(match.status()) ? Mono.just(match)
            : Mono.error(new IllegalStateException("match " + matchId + " is " + match.status() + ", not finished")));
  }

  private Mono<Boolean> alreadyScored(long matchId) {
    return db.sql("SELECT COUNT(*) AS n FROM prediction_score WHERE match_id = :match AND voided = FALSE")
        .bind("match", matchId).map(row -> ((Number) row.get("n")).longValue() > 0).one();
  }

  /** The last prediction id voided for the match, 0 when none was. */
  private Mono<Long> lastVoided(long matchId) {
    return db.sql("SELECT MAX(prediction_id) AS last_voided FROM prediction_score WHERE match_id = :match"
            + " AND voided = TRUE")
        .bind("match", matchId).map(row -> Optional.ofNullable(row.get("last_voided", Long.class)).orElse(0L)).one();
  }

  private Mono<Prediction> lastBeforeKickoff(long matchId, long voidedThrough, LocalDateTime cutoff) {
    // By creation time, not id: a replay may record predictions out of order; the id breaks ties.
    return db.sql("SELECT " + LedgerRows.COLUMNS + " FROM prediction WHERE match_id = :match AND id > :voided"
            + " AND created_at < :cutoff ORDER BY created_at DESC, id DESC LIMIT 1")
        .bind("match", matchId).bind("voided", voidedThrough).bind("cutoff", cutoff)
        .map(LedgerRows::read).one().map(LedgerEntry::prediction);
  }

  private Mono<List<MarketForecast.Book>> books(long matchId) {
    return db.sql("SELECT bookmaker, closing, home_price, draw_price, away_price FROM odds WHERE match_id = :match"
            + " AND market = 'ONE_X_TWO' AND home_price IS NOT NULL AND draw_price IS NOT NULL"
            + " AND away_price IS NOT NULL ORDER BY source, id")
        .bind("match", matchId)
        .map(row -> new MarketForecast.Book(row.get("bookmaker", String.class), flag(row.get("closing")),
            row.get("home_price", BigDecimal.class).doubleValue(), row.get("draw_price", BigDecimal.class).doubleValue(),
            row.get("away_price", BigDecimal.class).doubleValue()))
        .all().collectList();
  }

  /** SMALLINT comes back as Short from H2 and as Integer from MariaDB. */
  private static Integer goals(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  /** H2 answers a BOOLEAN with Boolean, MariaDB's TINYINT(1) may come back as a number. */
  static boolean flag(Object value) {
    return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
  }

  private record FinishedMatch(String status, LocalDate date, LocalDateTime kickoff, Integer homeGoals,
      Integer awayGoals) {

    /** Kick-off in UTC; 00:00 UTC of the match date when only the date is known. */
    LocalDateTime cutoff() {
      return kickoff != null ? kickoff : date.atStartOfDay();
    }

    int result() {
      return Integer.compare(awayGoals, homeGoals) + 1;
    }
  }

}
