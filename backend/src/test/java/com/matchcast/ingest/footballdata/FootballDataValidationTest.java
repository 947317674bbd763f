package com.matchcast.ingest.footballdata;

import static com.matchcast.ingest.footballdata.FootballDataSamples.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.RejectedRecord;
import com.matchcast.ingest.SourceBatch;
import com.matchcast.matchdata.MatchRecord;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each rule rejects its row with a stable reason (the text before ": ") and keeps the rest of
 * the file. The sample has one offending row per rule, by line number.
 */
class FootballDataValidationTest {

  private SourceBatch batch;

  @BeforeEach
  void parseSample() {
    batch = parse("E0_2023-2024_invalid.csv", "E0", "2023-2024");
  }

  @Test
  void validRowsAroundTheBadOnesAreKept() {
    assertThat(batch.records()).extracting(MatchRecord::location).containsExactly(
        "E0_2023-2024_invalid.csv:2", "E0_2023-2024_invalid.csv:14", "E0_2023-2024_invalid.csv:15",
        "E0_2023-2024_invalid.csv:16");
  }

  @Test
  void divisionThatDisagreesWithTheFileIsRejected() {
    assertThat(rejectAt(3).reason()).isEqualTo("division mismatch: file E0, row E1");
    assertThat(rejectAt(3).rawContent()).startsWith("E1,12/08/2023,15:00,Leeds,Cardiff");
    assertThat(rejectAt(3).leagueCode()).isEqualTo("E0");
    assertThat(rejectAt(3).seasonCode()).isEqualTo("2023-2024");
  }

  @Test
  void unparseableDateIsRejected() {
    assertThat(rejectAt(4).reason()).isEqualTo("unparseable date: 31/13/2023");
  }

  @Test
  void dateOutsideTheSeasonIsRejected() {
    assertThat(rejectAt(5).reason()).isEqualTo("date outside season: 2022-08-12 is not in 2023-2024");
  }

  @Test
  void missingTeamIsRejected() {
    assertThat(rejectAt(6).reason()).isEqualTo("missing team: home");
  }

  @Test
  void teamPlayingItselfIsRejected() {
    assertThat(rejectAt(7).reason()).isEqualTo("same team at home and away: Brentford");
  }

  @Test
  void resultLetterThatDisagreesWithTheGoalsIsRejected() {
    assertThat(rejectAt(8).reason()).isEqualTo("result disagrees with goals: H for 1-1");
  }

  @Test
  void halfTimeGoalsAboveFullTimeAreRejected() {
    assertThat(rejectAt(9).reason()).startsWith("half-time goals above full-time: 2-0 at half-time, 1-0");
  }

  @Test
  void negativeGoalsAreRejected() {
    assertThat(rejectAt(10).reason()).isEqualTo("negative goals: home -1");
  }

  @Test
  void goalsThatAreNotANumberAreRejected() {
    assertThat(rejectAt(11).reason()).isEqualTo("goals not a number: home x");
  }

  @Test
  void theSameMatchTwiceIsADuplicate() {
    assertThat(rejectAt(12).reason()).isEqualTo("duplicate row: same match as E0_2023-2024_invalid.csv:2");
  }

  @Test
  void aTeamPlayingTwiceOnOneDayIsRejectedApartFromDuplicates() {
    assertThat(rejectAt(13).reason())
        .isEqualTo("team plays twice on one day: Arsenal on 2023-08-12, also at E0_2023-2024_invalid.csv:2");
  }

  @Test
  void oneScoreWithoutTheOtherIsRejected() {
    String csv = "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR\nE0,02/03/24,Fulham,Chelsea,1,,A\n";

    SourceBatch incomplete = new FootballDataCsvParser()
        .parse("E0/2023-2024.csv", csv.getBytes(StandardCharsets.US_ASCII), "E0", "2023-2024");

    assertThat(incomplete.rejects()).singleElement()
        .satisfies(r -> assertThat(r.reason()).isEqualTo("incomplete score: 1-? result A"));
  }

  private RejectedRecord rejectAt(int line) {
    return batch.rejects().stream().filter(r -> r.location().equals("E0_2023-2024_invalid.csv:" + line))
        .findFirst().orElseThrow(() -> new AssertionError("no reject at line " + line + ": " + batch.rejects()));
  }
}
