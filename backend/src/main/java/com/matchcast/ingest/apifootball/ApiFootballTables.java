package com.matchcast.ingest.apifootball;

import static com.matchcast.ingest.collect.JsonFields.integer;
import static com.matchcast.ingest.collect.JsonFields.text;
import static com.matchcast.ingest.collect.JsonFields.utc;

import com.matchcast.catalog.LeagueDefinition;
import com.matchcast.catalog.LeagueSeasonRegistry;
import com.matchcast.catalog.TeamDirectory;
import com.matchcast.catalog.TeamResolution;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Stores what API-Football publishes beside matches: league table snapshots
 * ({@code standing_snapshot}) and injury reports ({@code injury}). Teams are resolved through
 * the directory; a row of an unknown team is skipped (the directory reports the name).
 */
@Component
public class ApiFootballTables {

  private final DatabaseClient db;
  private final TeamDirectory directory;
  private final LeagueSeasonRegistry leagueSeasons;
  private final Clock clock;

  /** The rows a table snapshot belongs to. */
  record LeagueSeason(int leagueId, int seasonId) {}

  public ApiFootballTables(DatabaseClient db, TeamDirectory directory, LeagueSeasonRegistry leagueSeasons,
      ObjectProvider<Clock> clock) {
    this.db = db;
    this.directory = directory;
    this.leagueSeasons = leagueSeasons;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** Completes with the number of table rows stored. */
  public Mono<Long> storeStandings(LeagueDefinition league, String seasonCode, List<JsonNode> items) {
    Flux<JsonNode> rows = Flux.fromIterable(items)
        .flatMapIterable(item -> item.path("league").path("standings").values())
        .flatMapIterable(JsonNode::values);
    return Mono.zip(leagueSeasons.league(league), leagueSeasons.season(seasonCode), LeagueSeason::new)
        .flatMap(ids -> rows
        .concatMap(row -> teamId(league, row.path("team")).flatMap(teamId -> insertStanding(ids, teamId, row)))
        .count());
  }

  private Mono<Long> insertStanding(LeagueSeason ids, long teamId, JsonNode row) {
    JsonNode all = row.path("all");
    DatabaseClient.GenericExecuteSpec spec = db.sql("INSERT IGNORE INTO standing_snapshot (league_id, season_id,"
            + " team_id, source, position, played, won, drawn, lost, goals_for, goals_against, points, form,"
            + " collected_at) VALUES (:league, :season, :team, :source, :position, :played, :won, :drawn, :lost,"
            + " :goalsFor, :goalsAgainst, :points, :form, :at)")
        .bind("league", ids.leagueId()).bind("season", ids.seasonId()).bind("team", teamId)
        .bind("source", ApiFootballCollector.SOURCE)
        .bind("position", orZero(integer(row.path("rank")))).bind("played", orZero(integer(all.path("played"))))
        .bind("points", orZero(integer(row.path("points")))).bind("at", orNow(utc(row.path("update"))));
    spec = bindNullable(spec, "won", integer(all.path("win")), Integer.class);
    spec = bindNullable(spec, "drawn", integer(all.path("draw")), Integer.class);
    spec = bindNullable(spec, "lost", integer(all.path("lose")), Integer.class);
    spec = bindNullable(spec, "goalsFor", integer(all.path("goals").path("for")), Integer.class);
    spec = bindNullable(spec, "goalsAgainst", integer(all.path("goals").path("against")), Integer.class);
    spec = bindNullable(spec, "form", text(row.path("form")), String.class);
    return spec.fetch().rowsUpdated();
  }

  /** Completes with the number of injury reports stored or updated. */
  public Mono<Long> storeInjuries(LeagueDefinition league, List<JsonNode> items) {
    return Flux.fromIterable(items)
        .filter(item -> text(item.path("player").path("name")) != null)
        .concatMap(item -> teamId(league, item.path("team")).flatMap(teamId -> upsertInjury(teamId, item)))
        .count();
  }

  private Mono<Long> upsertInjury(long teamId, JsonNode item) {
    JsonNode player = item.path("player");
    LocalDateTime fixtureDate = utc(item.path("fixture").path("date"));
    String fixtureId = text(item.path("fixture").path("id"));
    String kind = text(player.path("type"));
    return matchId(fixtureId).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(matchId -> {
      DatabaseClient.GenericExecuteSpec spec = db.sql("INSERT INTO injury (team_id, match_id, source, player_name,"
              + " kind, reason, reported_for, collected_at) VALUES (:team, :match, :source, :player, :kind, :reason,"
              + " :reportedFor, :at) ON DUPLICATE KEY UPDATE kind = :kind, reason = :reason, collected_at = :at")
          .bind("team", teamId).bind("source", ApiFootballCollector.SOURCE).bind("player", text(player.path("name")))
          .bind("kind", kind == null ? "Unknown" : kind).bind("at", orNow(null));
      spec = bindNullable(spec, "match", matchId.orElse(null), Long.class);
      spec = bindNullable(spec, "reason", text(player.path("reason")), String.class);
      return bindNullable(spec, "reportedFor", fixtureDate == null ? null : fixtureDate.toLocalDate(), LocalDate.class)
          .fetch().rowsUpdated();
    });
  }

  private Mono<Long> matchId(String fixtureId) {
    if (fixtureId == null) {
      return Mono.empty();
    }
    return db.sql("SELECT match_id FROM match_source WHERE source = :source AND external_id = :id")
        .bind("source", ApiFootballCollector.SOURCE).bind("id", fixtureId)
        .map(row -> row.get("match_id", Long.class)).first();
  }

  private Mono<Long> teamId(LeagueDefinition league, JsonNode team) {
    String name = text(team.path("name"));
    if (name == null) {
      return Mono.empty();
    }
    return directory.resolve(ApiFootballCollector.SOURCE, league.country(), name)
        .flatMap(resolution -> resolution instanceof TeamResolution.Known known
            ? Mono.just(known.teamId()) : Mono.empty());
  }

  private LocalDateTime orNow(LocalDateTime time) {
    return time != null ? time : LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
  }

  private static <T> DatabaseClient.GenericExecuteSpec bindNullable(DatabaseClient.GenericExecuteSpec spec,
      String name, T value, Class<T> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}
