package com.matchcast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.footballdata.FootballDataCsvParser;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.support.RealFootballData;
import com.matchcast.timeline.KickoffPrices;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.TimelineReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The refresh's timeline with entries kept across looks is, look after look, exactly the timeline
 * made afresh from what the clock shows (the way every look made it before): on two real seasons
 * (E0 and D1 2022-23, with kick-off times and closing prices), a few of their matches called off,
 * at moments that cross fixture notices, price windows, kick-offs and full times.
 */
class TimelineEntriesTest {

  private final TimelineReader reader = new TimelineReader();

  @Test
  void keptEntriesGiveTheTimelineAFreshLookWouldMake() {
    List<MatchRecord> stored = stored();
    List<MatchRecord> ordered = new ArrayList<>(stored);
    ordered.sort(TimelineReader.ORDER);
    TimelineEntries entries = new TimelineEntries();
    Instant first = Visibility.kickoff(ordered.get(0)).minus(Duration.ofDays(20));
    Instant last = Visibility.kickoff(ordered.get(ordered.size() - 1)).plus(Duration.ofDays(1));
    int looks = 0;
    // every 7 h 13 min: the looks fall at every hour of the day and every distance from a kick-off
    for (Instant now = first; now.isBefore(last); now = now.plus(Duration.ofMinutes(433))) {
      TimelineEntries.Seen seen = entries.seen(ordered, now);

      assertThat(seen.timeline()).as("look at " + now).isEqualTo(fresh(stored, now));
      assertThat(seen.calledOff()).isEqualTo(calledOff(stored, now));
      for (int i = 0; i < seen.timeline().size(); i++) {
        MatchRecord at = ordered.get(seen.position(i));
        assertThat(seen.timeline().get(i).upcoming().homeTeam()).isEqualTo(at.homeTeam());
        assertThat(seen.timeline().get(i).upcoming().date()).isEqualTo(at.date());
      }
      looks++;
    }
    assertThat(looks).isGreaterThan(900);
    assertThat(entries.kept()).as("the matches shown whole by the last look").isEqualTo(stored.size() - 4);
  }

  @Test
  void aMatchShownInPartIsNotKeptAndItsEntryCarriesNothingTheClockHides() {
    MatchRecord match = stored().stream().filter(r -> r.odds().stream().anyMatch(q -> q.closing()))
        .filter(r -> r.status() == MatchStatus.FINISHED).findFirst().orElseThrow();
    Instant kickoff = Visibility.kickoff(match);
    TimelineEntries entries = new TimelineEntries();
    List<MatchRecord> one = List.of(match);

    TimelineMatch before = entries.seen(one, kickoff.minus(Duration.ofDays(1))).timeline().get(0);
    TimelineMatch atHalfTime = entries.seen(one, kickoff.plus(Duration.ofMinutes(45))).timeline().get(0);
    assertThat(entries.kept()).isZero();
    TimelineMatch after = entries.seen(one, kickoff.plus(Duration.ofMinutes(115))).timeline().get(0);

    assertThat(before.outcome()).isNull();
    assertThat(before.closing().quotes()).isEmpty();
    assertThat(atHalfTime.outcome()).isNull();
    assertThat(atHalfTime.closing().quotes()).isNotEmpty();
    assertThat(after.outcome().homeGoals()).isEqualTo(match.homeGoals());
    assertThat(entries.kept()).isOne();
    assertThat(entries.seen(one, kickoff.minus(Duration.ofDays(1))).timeline().get(0))
        .as("a look back in time (a new replay) is made from what it shows, not from the kept entry")
        .isEqualTo(before);
  }

  /** How every look made its timeline before: what the clock shows, sorted, numbered, at kick-off prices. */
  private List<TimelineMatch> fresh(List<MatchRecord> stored, Instant now) {
    List<MatchRecord> known = new ArrayList<>();
    for (MatchRecord r : stored) {
      MatchRecord visible = Visibility.at(r, now);
      if (visible != null && visible.status() != MatchStatus.POSTPONED && visible.status() != MatchStatus.CANCELLED) {
        known.add(visible);
      }
    }
    return KickoffPrices.atKickoff(reader.timeline(known));
  }

  private static List<MatchRecord> calledOff(List<MatchRecord> stored, Instant now) {
    List<MatchRecord> calledOff = new ArrayList<>();
    for (MatchRecord r : stored) {
      MatchRecord visible = Visibility.at(r, now);
      if (visible != null && (visible.status() == MatchStatus.POSTPONED || visible.status() == MatchStatus.CANCELLED)) {
        calledOff.add(visible);
      }
    }
    calledOff.sort(TimelineReader.ORDER);
    return calledOff;
  }

  /** Two real seasons in the order a store might give them (by division), four matches called off. */
  private static List<MatchRecord> stored() {
    FootballDataCsvParser parser = new FootballDataCsvParser();
    List<MatchRecord> stored = new ArrayList<>();
    for (String division : List.of("E0", "D1")) {
      stored.addAll(parser.parse(division + "/2022-2023.csv", RealFootballData.bytes(division, "2022-2023"), division,
          "2022-2023").records());
    }
    for (int i : new int[] {10, 200, 400, 600}) {
      MatchRecord r = stored.get(i);
      stored.set(i, new MatchRecord(r.source(), r.location(), r.leagueCode(), r.seasonCode(), r.date(), r.kickoffUtc(),
          r.homeTeam(), r.awayTeam(), i % 400 == 0 ? MatchStatus.CANCELLED : MatchStatus.POSTPONED, null, null, null,
          null, null, r.referee(), r.venue(), null, r.externalId(), null, r.odds(), r.rawContent()));
    }
    return stored;
  }
}
