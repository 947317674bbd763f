package com.matchcast.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The ledger's track record: the scored (not voided) predictions grouped by league, season,
 * month or model version. Every figure is recomputed from the stored probabilities with the
 * evaluation package's scoring code, so it means what the backtest's figures mean; the
 * per-match scores stored in prediction_score are the same numbers, kept for audit.
 */
@Service
public class TrackRecordService {

  private final DatabaseClient db;

  public TrackRecordService(DatabaseClient db) {
    this.db = db;
  }

  /** Width of a confidence band: tenths. */
  static final double BAND = 0.1;

  /**
   * The record of the scored forecasts whose confidence falls in the same tenth as
   * {@code confidence}, counting only matches kicked off at or before {@code kickedOffBy} (a
   * replay's clock; null for every scored match).
   */
  public Mono<ConfidenceRecord> confidenceRecord(double confidence, java.time.Instant kickedOffBy) {
    int band = Math.min(9, Math.max(0, (int) Math.floor(confidence / BAND)));
    double lower = band * BAND;
    double upper = (band + 1) * BAND;
    String sql = "SELECT COUNT(*) AS n, SUM(CASE WHEN s.result = CASE WHEN p.home_win >= p.draw AND p.home_win"
        + " >= p.away_win THEN 0 WHEN p.draw >= p.away_win THEN 1 ELSE 2 END THEN 1 ELSE 0 END) AS hits,"
        + " AVG(s.model_rps) AS rps FROM prediction_score s JOIN prediction p ON p.id = s.prediction_id"
        + " WHERE s.voided = FALSE AND p.confidence >= :lower AND " + (band == 9 ? "p.confidence <= 1" : "p.confidence < :upper")
        + (kickedOffBy == null ? "" : " AND s.kickoff_cutoff <= :kickedOffBy");
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql).bind("lower", BigDecimal.valueOf(lower));
    spec = band == 9 ? spec : spec.bind("upper", BigDecimal.valueOf(upper));
    spec = kickedOffBy == null ? spec
        : spec.bind("kickedOffBy", java.time.LocalDateTime.ofInstant(kickedOffBy, java.time.ZoneOffset.UTC));
    return spec.map(row -> {
      int n = ((Number) row.get("n")).intValue();
      Object hits = row.get("hits");
      Object rps = row.get("rps");
      return new ConfidenceRecord(lower, upper, n, n == 0 ? Double.NaN : ((Number) hits).doubleValue() / n,
          n == 0 ? Double.NaN : ((Number) rps).doubleValue());
    }).one();
  }

  /** How long one reading of the scored forecasts serves confidence ranks: a page of cards costs one read. */
  static final java.time.Duration SCORED_READ_FOR = java.time.Duration.ofSeconds(5);

  /** A scored (not voided) forecast as confidence ranks need it, with when its match was played. */
  private record ScoredRow(ConfidenceRank.Scored scored, LocalDate matchDate, java.time.LocalDateTime kickoffCutoff) {}

  private record ScoredRead(Mono<List<ScoredRow>> rows, long readAt) {}

  private volatile ScoredRead scoredRead;

  /**
   * Where {@code confidence} ranks among the scored (not voided) forecasts known when a forecast
   * was made at {@code madeAt}, and how the scored forecasts of its fifth fared (see {@link
   * ConfidenceRank}): matches played on a day before {@code madeAt}'s (UTC) whose kick-off was at
   * least {@code fullTime} before it. Later results never reach the figure, and it never moves.
   * The scored forecasts are read at most once every {@link #SCORED_READ_FOR}.
   */
  public Mono<ConfidenceRank> confidenceRank(double confidence, java.time.Instant madeAt, java.time.Duration fullTime) {
    LocalDate day = LocalDate.ofInstant(madeAt, java.time.ZoneOffset.UTC);
    java.time.LocalDateTime kickedOffBy = java.time.LocalDateTime.ofInstant(madeAt.minus(fullTime),
        java.time.ZoneOffset.UTC);
    return scoredRows().map(rows -> ConfidenceRank.of(confidence, rows.stream()
        .filter(row -> row.matchDate().isBefore(day) && !row.kickoffCutoff().isAfter(kickedOffBy))
        .map(ScoredRow::scored).toList()));
  }

  private Mono<List<ScoredRow>> scoredRows() {
    ScoredRead read = scoredRead;
    long now = System.nanoTime();
    if (read == null || now - read.readAt() > SCORED_READ_FOR.toNanos()) {
      Mono<List<ScoredRow>> rows = db.sql("SELECT p.confidence, CASE WHEN s.result = CASE WHEN p.home_win >= p.draw"
              + " AND p.home_win >= p.away_win THEN 0 WHEN p.draw >= p.away_win THEN 1 ELSE 2 END THEN 1 ELSE 0 END"
              + " AS hit, s.model_rps, s.match_date, s.kickoff_cutoff FROM prediction_score s"
              + " JOIN prediction p ON p.id = s.prediction_id WHERE s.voided = FALSE")
          .map(row -> new ScoredRow(new ConfidenceRank.Scored(row.get("confidence", BigDecimal.class).doubleValue(),
              ((Number) row.get("hit")).intValue() == 1, row.get("model_rps", BigDecimal.class).doubleValue()),
              row.get("match_date", LocalDate.class), row.get("kickoff_cutoff", java.time.LocalDateTime.class)))
          .all().collectList()
          // a failed read is not kept: the next rank reads again
          .doOnError(e -> scoredRead = null)
          .cache();
      read = new ScoredRead(rows, now);
      scoredRead = read;
    }
    return read.rows();
  }

  /** Rows in key order; every filter is optional. */
  public Mono<List<TrackRecordRow>> trackRecord(String league, String season, Long modelVersion,
      TrackRecordGrouping grouping) {
    StringBuilder sql = new StringBuilder("SELECT s.league, s.season, s.match_date, s.model_version, s.result,"
        + " p.home_win, p.draw, p.away_win, s.closing_home_win, s.closing_draw, s.closing_away_win,"
        + " s.pre_match_home_win, s.pre_match_draw, s.pre_match_away_win"
        + " FROM prediction_score s JOIN prediction p ON p.id = s.prediction_id WHERE s.voided = FALSE");
    if (league != null) {
      sql.append(" AND s.league = :league");
    }
    if (season != null) {
      sql.append(" AND s.season = :season");
    }
    if (modelVersion != null) {
      sql.append(" AND s.model_version = :modelVersion");
    }
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql.append(" ORDER BY s.prediction_id").toString());
    spec = league == null ? spec : spec.bind("league", league);
    spec = season == null ? spec : spec.bind("season", season);
    spec = modelVersion == null ? spec : spec.bind("modelVersion", modelVersion);
    return spec.map(row -> new ScoredMatch(row.get("league", String.class), row.get("season", String.class),
            row.get("match_date", LocalDate.class), row.get("model_version", Long.class),
            ((Number) row.get("result")).intValue(),
            probabilities(row.get("home_win", BigDecimal.class), row.get("draw", BigDecimal.class),
                row.get("away_win", BigDecimal.class)),
            probabilities(row.get("closing_home_win", BigDecimal.class), row.get("closing_draw", BigDecimal.class),
                row.get("closing_away_win", BigDecimal.class)),
            probabilities(row.get("pre_match_home_win", BigDecimal.class), row.get("pre_match_draw", BigDecimal.class),
                row.get("pre_match_away_win", BigDecimal.class))))
        .all().collectList()
        .map(matches -> rows(matches, grouping == null ? TrackRecordGrouping.LEAGUE : grouping));
  }

  static List<TrackRecordRow> rows(List<ScoredMatch> matches, TrackRecordGrouping grouping) {
    // Model versions sort as numbers (9 before 10), the other keys as text.
    Map<Comparable<?>, List<ScoredMatch>> groups = new TreeMap<>();
    Function<ScoredMatch, Comparable<?>> key = switch (grouping) {
      case LEAGUE -> ScoredMatch::league;
      case SEASON -> ScoredMatch::season;
      case MONTH -> m -> m.date().toString().substring(0, 7);
      case MODEL_VERSION -> ScoredMatch::modelVersion;
    };
    matches.forEach(m -> groups.computeIfAbsent(key.apply(m), k -> new ArrayList<>()).add(m));
    List<TrackRecordRow> rows = new ArrayList<>();
    groups.forEach((k, group) -> rows.add(row(String.valueOf(k), group)));
    return rows;
  }

  private static TrackRecordRow row(String key, List<ScoredMatch> group) {
    TrackRecordScores model = scores(group, ScoredMatch::model);
    List<ScoredMatch> closing = group.stream().filter(m -> m.closing() != null).toList();
    List<ScoredMatch> preMatch = group.stream().filter(m -> m.preMatch() != null).toList();
    return new TrackRecordRow(key, group.size(), model, scores(closing, ScoredMatch::closing),
        scores(preMatch, ScoredMatch::preMatch), difference(closing, ScoredMatch::closing),
        difference(preMatch, ScoredMatch::preMatch));
  }

  private static TrackRecordScores scores(List<ScoredMatch> matches, Function<ScoredMatch, double[]> forecast) {
    return TrackRecordScores.of(matches.stream().map(forecast).toList(),
        matches.stream().mapToInt(ScoredMatch::result).toArray());
  }

  /** The paired difference: both RPS on exactly the matches the market priced. */
  private static Double difference(List<ScoredMatch> priced, Function<ScoredMatch, double[]> market) {
    if (priced.isEmpty()) {
      return null;
    }
    TrackRecordScores model = scores(priced, ScoredMatch::model);
    return model.rankedProbabilityScore() - scores(priced, market).rankedProbabilityScore();
  }

  private static double[] probabilities(BigDecimal home, BigDecimal draw, BigDecimal away) {
    return home == null ? null : new double[] {home.doubleValue(), draw.doubleValue(), away.doubleValue()};
  }

  record ScoredMatch(String league, String season, LocalDate date, long modelVersion, int result, double[] model,
      double[] closing, double[] preMatch) {}
}
