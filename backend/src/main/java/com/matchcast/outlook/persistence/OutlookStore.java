package com.matchcast.outlook.persistence;

import com.matchcast.catalog.Team;
import com.matchcast.outlook.ClubOutlook;
import com.matchcast.outlook.LeagueOutlook;
import com.matchcast.persistence.Columns;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Every season outlook computed, with its clubs: tables season_outlook and season_outlook_club (V12). */
@Repository
public class OutlookStore {

  private static final String OUTLOOK_COLUMNS = "o.id, o.league, o.season, o.as_of, o.simulations, o.strength_spread, "
      + "o.seed, o.results_known, o.forecast_matches, o.remaining_matches";
  private static final String CLUB_COLUMNS = "c.outlook_id, c.team_id, t.name AS team_name, t.country AS team_country, "
      + "c.points, c.played, c.expected_points, c.position_probabilities";

  private final DatabaseClient db;
  private final TransactionalOperator transaction;

  public OutlookStore(DatabaseClient db, ReactiveTransactionManager transactions) {
    this.db = db;
    this.transaction = TransactionalOperator.create(transactions);
  }

  /** Stores the outlook and its clubs in one transaction; returns it with its id. */
  public Mono<LeagueOutlook> save(LeagueOutlook outlook, Instant createdAt) {
    Mono<Long> id = db.sql("INSERT INTO season_outlook (league, season, as_of, simulations, strength_spread, seed, "
            + "results_known, forecast_matches, remaining_matches, created_at) VALUES (:league, :season, :asOf, "
            + ":simulations, :spread, :seed, :results, :forecast, :remaining, :createdAt)")
        .bind("league", outlook.league()).bind("season", outlook.season()).bind("asOf", utc(outlook.asOf()))
        .bind("simulations", outlook.simulations()).bind("spread", outlook.strengthSpread())
        .bind("seed", outlook.seed()).bind("results", outlook.resultsKnown())
        .bind("forecast", outlook.forecastMatches()).bind("remaining", outlook.remainingMatches())
        .bind("createdAt", utc(createdAt))
        .filter(s -> s.returnGeneratedValues("id")).map(row -> Columns.longValue(row, "id")).one();
    return id.flatMap(stored -> Flux.fromIterable(outlook.clubs())
            .concatMap(club -> db.sql("INSERT INTO season_outlook_club (outlook_id, team_id, points, played, "
                    + "expected_points, position_probabilities) VALUES (:id, :team, :points, :played, :expected, "
                    + ":positions)")
                .bind("id", stored).bind("team", club.team().id()).bind("points", club.points())
                .bind("played", club.played()).bind("expected", club.expectedPoints())
                .bind("positions", format(club.positionProbabilities())).fetch().rowsUpdated())
            .then(Mono.just(outlook.withId(stored))))
        .as(transaction::transactional);
  }

  public Mono<LeagueOutlook> find(long id) {
    return db.sql("SELECT " + OUTLOOK_COLUMNS + " FROM season_outlook o WHERE o.id = :id").bind("id", id)
        .map(OutlookStore::header).one().flatMap(this::withClubs);
  }

  /** The latest outlook of the league (of its season, when given) computed for a moment at or before {@code until}. */
  public Mono<LeagueOutlook> latest(String league, String season, Instant until) {
    String sql = "SELECT " + OUTLOOK_COLUMNS + " FROM season_outlook o WHERE o.league = :league"
        + (season == null ? "" : " AND o.season = :season") + " AND o.as_of <= :until ORDER BY o.as_of DESC, o.id DESC"
        + " LIMIT 1";
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql).bind("league", league).bind("until", utc(until));
    if (season != null) {
      spec = spec.bind("season", season);
    }
    return spec.map(OutlookStore::header).one().flatMap(this::withClubs);
  }

  /** The club's line in every outlook computed for a moment at or before {@code until}, oldest first. */
  public Flux<ClubOutlook> history(long teamId, String league, String season, Instant until) {
    String sql = "SELECT " + OUTLOOK_COLUMNS + ", " + CLUB_COLUMNS + " FROM season_outlook_club c "
        + "JOIN season_outlook o ON o.id = c.outlook_id JOIN team t ON t.id = c.team_id "
        + "WHERE c.team_id = :team AND o.as_of <= :until" + (league == null ? "" : " AND o.league = :league")
        + (season == null ? "" : " AND o.season = :season") + " ORDER BY o.as_of, o.id";
    DatabaseClient.GenericExecuteSpec spec = db.sql(sql).bind("team", teamId).bind("until", utc(until));
    if (league != null) {
      spec = spec.bind("league", league);
    }
    if (season != null) {
      spec = spec.bind("season", season);
    }
    return spec.map(row -> club(row, header(row))).all();
  }

  private Mono<LeagueOutlook> withClubs(LeagueOutlook header) {
    return db.sql("SELECT " + CLUB_COLUMNS + " FROM season_outlook_club c JOIN team t ON t.id = c.team_id "
            + "WHERE c.outlook_id = :id ORDER BY c.expected_points DESC, t.name")
        .bind("id", header.id()).map(row -> club(row, header)).all().collectList()
        .map(clubs -> new LeagueOutlook(header.id(), header.league(), header.season(), header.asOf(),
            header.simulations(), header.strengthSpread(), header.seed(), header.resultsKnown(),
            header.forecastMatches(), header.remainingMatches(), clubs));
  }

  private static LeagueOutlook header(Readable row) {
    return new LeagueOutlook(Columns.longValue(row, "id"), row.get("league", String.class),
        row.get("season", String.class), row.get("as_of", LocalDateTime.class).toInstant(ZoneOffset.UTC),
        Columns.integer(row, "simulations"), row.get("strength_spread", Double.class),
        Columns.longValue(row, "seed"), Columns.integer(row, "results_known"),
        Columns.integer(row, "forecast_matches"), Columns.integer(row, "remaining_matches"), List.of());
  }

  private static ClubOutlook club(Readable row, LeagueOutlook outlook) {
    Team team = new Team(Columns.longValue(row, "team_id"), row.get("team_name", String.class),
        row.get("team_country", String.class));
    return new ClubOutlook(team, outlook.league(), outlook.season(), outlook.asOf(), Columns.integer(row, "points"),
        Columns.integer(row, "played"), row.get("expected_points", Double.class),
        parse(row.get("position_probabilities", String.class)));
  }

  /** Probabilities with 6 decimals: a frequency over at most a few million seasons needs no more. */
  static String format(List<Double> probabilities) {
    return probabilities.stream().map(p -> String.format(Locale.ROOT, "%.6f", p)).collect(Collectors.joining(","));
  }

  static List<Double> parse(String text) {
    return new ArrayList<>(Arrays.stream(text.split(",")).map(Double::valueOf).toList());
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
