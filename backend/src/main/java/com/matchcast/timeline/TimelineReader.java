package com.matchcast.timeline;

import com.matchcast.ingest.SourceBatch;
import com.matchcast.ingest.footballdata.FootballDataCsvParser;
import com.matchcast.ingest.footballdata.FootballDataMirror;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.matchdata.OddsQuote;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Reads football-data directories ({@code <DIV>/<YYYY-YYYY>.csv}) through the collector's own
 * parser into one timeline in kick-off order, with pre-match and closing prices split apart.
 * Rows the parser rejects are left out, as they are from the database.
 */
public final class TimelineReader {

  private final FootballDataCsvParser parser = new FootballDataCsvParser();
  private final FootballDataMirror mirror = new FootballDataMirror();
  private final ClubKeys clubs = ClubKeys.fromSeed();

  /** Every match of the given divisions (all when empty) in the directories, in date order. */
  public List<TimelineMatch> read(List<Path> directories, Set<String> divisions) {
    return read(directories, divisions, LocalDate.MAX);
  }

  /** The same, up to and including {@code until}: later matches never enter the timeline. */
  public List<TimelineMatch> read(List<Path> directories, Set<String> divisions, LocalDate until) {
    List<MatchRecord> records = new ArrayList<>();
    for (Path directory : directories) {
      for (FootballDataMirror.MirrorFile file : mirror.list(directory, divisions, Set.of())) {
        SourceBatch batch = parser.parse(file.target(), read(file.path()), file.division(), file.seasonCode());
        batch.records().stream().filter(r -> !r.date().isAfter(until)).forEach(records::add);
      }
    }
    return timeline(records);
  }

  /** A timeline's order: date, kick-off (a match with only its day first), division, home team. */
  public static final Comparator<MatchRecord> ORDER = Comparator.comparing(MatchRecord::date)
      .thenComparing(r -> r.kickoffUtc() == null ? "" : r.kickoffUtc().toString())
      .thenComparing(MatchRecord::leagueCode)
      .thenComparing(MatchRecord::homeTeam);

  /** Orders records by {@link #ORDER} (a stable sort: ties keep their order) and numbers them. */
  public List<TimelineMatch> timeline(List<MatchRecord> records) {
    List<MatchRecord> ordered = new ArrayList<>(records);
    ordered.sort(ORDER);
    List<TimelineMatch> timeline = new ArrayList<>(ordered.size());
    for (MatchRecord record : ordered) {
      timeline.add(entry(timeline.size(), record));
    }
    return timeline;
  }

  /** The timeline entry of one record at position {@code index}: pre-match and closing prices split apart. */
  public TimelineMatch entry(int index, MatchRecord r) {
    List<OddsQuote> preMatch = r.odds().stream().filter(q -> !q.closing()).toList();
    List<OddsQuote> closing = r.odds().stream().filter(OddsQuote::closing).toList();
    UpcomingMatch upcoming = new UpcomingMatch(index, r.leagueCode(), r.seasonCode(), r.date(), r.kickoffUtc(),
        r.homeTeam(), r.awayTeam(), clubs.keyOf(r.leagueCode(), r.homeTeam()), clubs.keyOf(r.leagueCode(), r.awayTeam()),
        new PreMatchPrices(preMatch));
    boolean played = r.status() == MatchStatus.FINISHED && r.homeGoals() != null && r.awayGoals() != null;
    MatchOutcome outcome = played ? new MatchOutcome(r.homeGoals(), r.awayGoals(), r.homeGoalsHalfTime(),
        r.awayGoalsHalfTime(), r.statistics()) : null;
    return new TimelineMatch(upcoming, outcome, new ClosingPrices(closing));
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
