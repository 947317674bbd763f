package com.matchcast.ingest.footballdata;

import static com.matchcast.ingest.footballdata.FootballDataSamples.match;
import static com.matchcast.ingest.footballdata.FootballDataSamples.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.SourceBatch;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** Rows and columns as the files of each era lay them out. */
class FootballDataLayoutTest {

  @Test
  void trailingEmptyColumnsAndBlankRowsAreIgnoredWithoutRejects() {
    SourceBatch batch = parse("B1_2003-2004_trailing.csv", "B1", "2003-2004");

    assertThat(batch.rejects()).isEmpty();
    assertThat(batch.records()).extracting(MatchRecord::homeTeam).containsExactly("Club Brugge", "Anderlecht");
    assertThat(batch.records()).extracting(MatchRecord::location)
        .containsExactly("B1_2003-2004_trailing.csv:2", "B1_2003-2004_trailing.csv:5");
  }

  @Test
  void junkRowIsRejectedWhileTrailingBlankRowsAreSkipped() {
    SourceBatch batch = parse("T1_2013-2014_junk.csv", "T1", "2013-2014");

    assertThat(batch.records()).hasSize(2);
    assertThat(batch.rejects()).singleElement().satisfies(reject -> {
      assertThat(reject.reason()).isEqualTo("missing date");
      assertThat(reject.location()).isEqualTo("T1_2013-2014_junk.csv:4");
      assertThat(reject.rawContent()).endsWith("#REF!,,");
    });
  }

  @Test
  void htAndAtHeadersNameTheTeamsInOldGreekFiles() {
    SourceBatch batch = parse("G1_2000-2001_htat.csv", "G1", "2000-2001");

    MatchRecord match = match(batch, "Olympiakos");
    assertThat(match.awayTeam()).isEqualTo("Eth Asteras");
    assertThat(match.homeGoals()).isEqualTo(6);
    assertThat(match.homeGoalsHalfTime()).isEqualTo(2);
    assertThat(match.awayGoalsHalfTime()).isZero();
    assertThat(match.odds()).isEmpty();
    assertThat(match(batch, "Panathinaikos").odds()).hasSize(2);
  }

  @Test
  void numbersRewrittenByPandasAsDecimalsAreWholeNumbers() {
    SourceBatch batch = parse("E0_2021-2022_pandas.csv", "E0", "2021-2022");

    assertThat(batch.rejects()).isEmpty();
    MatchRecord match = match(batch, "Brentford");
    assertThat(match.homeGoals()).isEqualTo(2);
    assertThat(match.awayGoals()).isZero();
    assertThat(match.homeGoalsHalfTime()).isEqualTo(1);
    assertThat(match.statistics().awayShots()).isEqualTo(22);
    assertThat(match.status()).isEqualTo(MatchStatus.FINISHED);
  }

  @Test
  void twoAndFourDigitYearsAreBothRead() {
    assertThat(parse("E0_2004-2005_latin1.csv", "E0", "2004-2005").records().get(0).date())
        .isEqualTo(LocalDate.of(2004, 8, 14));
    assertThat(parse("E0_2023-2024_modern.csv", "E0", "2023-2024").records().get(0).date())
        .isEqualTo(LocalDate.of(2023, 8, 11));
  }

  @Test
  void ukKickOffTimesBecomeUtcAcrossSummerAndWinterTime() {
    SourceBatch batch = parse("E0_2023-2024_modern.csv", "E0", "2023-2024");

    assertThat(match(batch, "Burnley").kickoffUtc()).isEqualTo(LocalDateTime.of(2023, 8, 11, 19, 0));
    assertThat(match(batch, "Brentford").kickoffUtc()).isEqualTo(LocalDateTime.of(2023, 12, 26, 15, 0));
    assertThat(match(batch, "Newcastle").kickoffUtc()).isEqualTo(LocalDateTime.of(2024, 3, 30, 15, 0));
    assertThat(match(batch, "Man City").kickoffUtc()).isEqualTo(LocalDateTime.of(2024, 3, 31, 15, 30));
  }

  @Test
  void filesWithoutTimeGiveNoKickOff() {
    assertThat(parse("E0_2004-2005_latin1.csv", "E0", "2004-2005").records())
        .allSatisfy(m -> assertThat(m.kickoffUtc()).isNull());
  }

  @Test
  void columnsAreFoundByNameWhateverTheirOrder() {
    String csv = "FTR,AwayTeam,FTAG,HomeTeam,FTHG,Date,Div\nA,Chelsea,2,Fulham,1,02/03/2024,E0\n";

    MatchRecord match = new FootballDataCsvParser()
        .parse("E0/2023-2024.csv", csv.getBytes(StandardCharsets.US_ASCII), "E0", "2023-2024").records().get(0);

    assertThat(match.homeTeam()).isEqualTo("Fulham");
    assertThat(match.awayTeam()).isEqualTo("Chelsea");
    assertThat(match.homeGoals()).isEqualTo(1);
    assertThat(match.awayGoals()).isEqualTo(2);
    assertThat(match.result()).isEqualTo("A");
  }

  @Test
  void recordsKeepTheirLeagueSeasonLocationAndRawLine() {
    SourceBatch batch = parse("E0_2023-2024_modern.csv", "E0", "2023-2024");

    MatchRecord match = batch.records().get(1);
    assertThat(match.source()).isEqualTo("football-data");
    assertThat(match.leagueCode()).isEqualTo("E0");
    assertThat(match.seasonCode()).isEqualTo("2023-2024");
    assertThat(match.location()).isEqualTo("E0_2023-2024_modern.csv:3");
    assertThat(match.rawContent()).startsWith("E0,26/12/2023,15:00,Brentford,Wolves,1,4,A");
    assertThat(match.referee()).isEqualTo("S Hooper");
  }

  @Test
  void seasonComesFromTheDateWhenNoneIsGiven() {
    SourceBatch batch = parse("E0_2004-2005_latin1.csv", "E0", null);

    assertThat(batch.records()).extracting(MatchRecord::seasonCode).containsOnly("2004-2005");
  }
}
