package com.matchcast.ingest.apifootball;

import static com.matchcast.ingest.collect.JsonFields.integer;
import static com.matchcast.ingest.collect.JsonFields.text;
import static com.matchcast.ingest.collect.JsonFields.utc;

import com.matchcast.catalog.LeagueCatalog;
import com.matchcast.catalog.LeagueDefinition;
import com.matchcast.ingest.RejectedRecord;
import com.matchcast.ingest.collect.BatchBuilder;
import com.matchcast.ingest.collect.LeagueZones;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.matchdata.SeasonCodes;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Turns {@code /fixtures} items into match records. An item without teams, date or a known
 * status is rejected with the reason; the other items of the response are kept.
 */
class FixtureMapper {

  private final LeagueCatalog leagues;

  FixtureMapper(LeagueCatalog leagues) {
    this.leagues = leagues;
  }

  void map(JsonNode item, String location, BatchBuilder batch) {
    JsonNode fixture = item.path("fixture");
    JsonNode league = item.path("league");
    Integer leagueId = integer(league.path("id"));
    Integer seasonYear = integer(league.path("season"));
    Optional<LeagueDefinition> definition = leagueId == null ? Optional.empty() : leagues.byApiFootballId(leagueId);
    String leagueCode = definition.map(LeagueDefinition::code).orElse(null);
    String seasonCode = seasonYear == null ? null : SeasonCodes.code(seasonYear);
    String problem = problem(item, definition, seasonYear);
    if (problem != null) {
      batch.reject(new RejectedRecord(location, item.toString(), problem, leagueCode, seasonCode));
      return;
    }
    LocalDateTime kickoff = kickoff(fixture);
    LocalDate localDate = kickoff.atOffset(ZoneOffset.UTC)
        .atZoneSameInstant(LeagueZones.of(definition.get().country())).toLocalDate();
    MatchStatus status = FixtureStatuses.of(text(fixture.path("status").path("short"))).orElseThrow();
    JsonNode halfTime = item.path("score").path("halftime");
    batch.accept(new MatchRecord(ApiFootballCollector.SOURCE, location, leagueCode, seasonCode, localDate, kickoff,
        text(item.path("teams").path("home").path("name")), text(item.path("teams").path("away").path("name")), status,
        integer(item.path("goals").path("home")), integer(item.path("goals").path("away")),
        integer(halfTime.path("home")), integer(halfTime.path("away")), null,
        text(fixture.path("referee")), text(fixture.path("venue").path("name")), null,
        text(fixture.path("id")), null, null, item.toString()));
  }

  private static String problem(JsonNode item, Optional<LeagueDefinition> league, Integer seasonYear) {
    JsonNode teams = item.path("teams");
    if (text(teams.path("home").path("name")) == null || text(teams.path("away").path("name")) == null) {
      return "missing teams";
    }
    if (kickoff(item.path("fixture")) == null) {
      return "missing date";
    }
    if (text(item.path("fixture").path("id")) == null) {
      return "missing fixture id";
    }
    if (league.isEmpty() || seasonYear == null) {
      return "unknown league: " + item.path("league").path("id");
    }
    String statusCode = text(item.path("fixture").path("status").path("short"));
    if (FixtureStatuses.of(statusCode).isEmpty()) {
      return "unknown status: " + statusCode;
    }
    boolean finished = FixtureStatuses.of(statusCode).get() == MatchStatus.FINISHED;
    if (finished && (integer(item.path("goals").path("home")) == null || integer(item.path("goals").path("away")) == null)) {
      return "missing score";
    }
    return null;
  }

  /** {@code fixture.date} carries its offset; {@code fixture.timestamp} is the fallback. */
  private static LocalDateTime kickoff(JsonNode fixture) {
    LocalDateTime fromDate = utc(fixture.path("date"));
    if (fromDate != null) {
      return fromDate;
    }
    JsonNode timestamp = fixture.path("timestamp");
    return timestamp.isIntegralNumber()
        ? LocalDateTime.ofEpochSecond(timestamp.longValue(), 0, ZoneOffset.UTC) : null;
  }
}
