package com.matchcast.ingest.openfootball;

import static com.matchcast.ingest.collect.JsonFields.integer;
import static com.matchcast.ingest.collect.JsonFields.text;

import com.matchcast.catalog.LeagueDefinition;
import com.matchcast.ingest.RejectedRecord;
import com.matchcast.ingest.collect.BatchBuilder;
import com.matchcast.ingest.collect.LeagueZones;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads a football.json season file in either shape: {@code matches[]} with
 * {@code score.ft/ht}, or the older {@code rounds[].matches[]} with {@code score1/score2}.
 * A match with a full-time score is FINISHED, one without is SCHEDULED. Times are local to the
 * league unless the file writes an offset ({@code "20:00 UTC+1"}).
 */
class OpenFootballMatches {

  private static final Pattern TIME = Pattern.compile("(\\d{1,2}:\\d{2})(?:\\s*UTC([+-]\\d{1,2}))?");

  private final LeagueDefinition league;
  private final String seasonCode;

  OpenFootballMatches(LeagueDefinition league, String seasonCode) {
    this.league = league;
    this.seasonCode = seasonCode;
  }

  void map(JsonNode file, String target, BatchBuilder batch) {
    List<JsonNode> matches = new ArrayList<>();
    file.path("matches").forEach(matches::add);
    file.path("rounds").forEach(round -> round.path("matches").forEach(matches::add));
    for (int i = 0; i < matches.size(); i++) {
      mapMatch(matches.get(i), target + "#" + i, batch);
    }
  }

  private void mapMatch(JsonNode match, String location, BatchBuilder batch) {
    String home = teamName(match.path("team1"));
    String away = teamName(match.path("team2"));
    LocalDate date = date(match.path("date"));
    if (home == null || away == null || date == null) {
      String reason = date == null && home != null && away != null ? "missing date" : "missing teams";
      batch.reject(new RejectedRecord(location, match.toString(), reason, league.code(), seasonCode));
      return;
    }
    Integer[] fullTime = score(match, "ft", "score1", "score2");
    Integer[] halfTime = score(match, "ht", "score1i", "score2i");
    boolean played = fullTime[0] != null && fullTime[1] != null;
    batch.accept(new MatchRecord(OpenFootballCollector.SOURCE, location, league.code(), seasonCode, date,
        kickoff(date, text(match.path("time"))), home, away, played ? MatchStatus.FINISHED : MatchStatus.SCHEDULED,
        fullTime[0], fullTime[1], played ? halfTime[0] : null, played ? halfTime[1] : null, null, null, null, null,
        null, null, null, match.toString()));
  }

  /** Older files write teams as objects ({"name": ...}); newer ones as plain names. */
  private static String teamName(JsonNode team) {
    return team.isObject() ? text(team.path("name")) : text(team);
  }

  private static LocalDate date(JsonNode node) {
    String value = text(node);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Integer[] score(JsonNode match, String current, String olderHome, String olderAway) {
    JsonNode pair = match.path("score").path(current);
    if (pair.isArray() && pair.size() == 2) {
      return new Integer[] {integer(pair.get(0)), integer(pair.get(1))};
    }
    return new Integer[] {integer(match.path(olderHome)), integer(match.path(olderAway))};
  }

  private LocalDateTime kickoff(LocalDate date, String time) {
    Matcher m = time == null ? null : TIME.matcher(time.trim());
    if (m == null || !m.matches()) {
      return null;
    }
    LocalTime local = LocalTime.parse(m.group(1).length() == 4 ? "0" + m.group(1) : m.group(1));
    if (m.group(2) != null) {
      ZoneOffset offset = ZoneOffset.ofHours(Integer.parseInt(m.group(2)));
      return date.atTime(local).atOffset(offset).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }
    return date.atTime(local).atZone(LeagueZones.of(league.country()))
        .withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }
}
