package com.matchcast.ingest.footballdata;

import static com.matchcast.ingest.footballdata.FootballDataSamples.match;
import static com.matchcast.ingest.footballdata.FootballDataSamples.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.SourceBatch;
import com.matchcast.matchdata.MatchStatistics;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Statistics are read when present and stay null, never 0, when not. */
class FootballDataStatisticsTest {

  @Test
  void everyStatisticIsReadForTheRightTeam() {
    MatchStatistics stats = match(parse("E0_2023-2024_modern.csv", "E0", "2023-2024"), "Burnley").statistics();

    assertThat(stats).isEqualTo(new MatchStatistics(6, 17, 1, 8, 6, 5, 11, 8, 0, 0, 1, 0, null, null));
  }

  @Test
  void filesWithoutStatisticColumnsGiveNoStatistics() {
    SourceBatch batch = parse("G1_2000-2001_htat.csv", "G1", "2000-2001");

    assertThat(batch.records()).allSatisfy(m -> assertThat(m.statistics()).isNull());
  }

  @Test
  void emptyStatisticCellsStayNullNotZero() {
    MatchStatistics stats = match(parse("E0_2021-2022_pandas.csv", "E0", "2021-2022"), "Burnley").statistics();

    assertThat(stats.homeFouls()).isNull();
    assertThat(stats.awayFouls()).isNull();
    assertThat(stats.homeShots()).isEqualTo(14);
    assertThat(stats.homeRedCards()).isZero();
  }

  @Test
  void moreShotsOnTargetThanShotsDropsThatSidesShotsAndIsReported() {
    String csv = "Div,Date,HomeTeam,AwayTeam,FTHG,FTAG,FTR,HS,AS,HST,AST,HC,AC\n"
        + "E0,14/10/00,Coventry,Tottenham,2,1,H,0,9,5,5,6,3\n";

    SourceBatch batch = new FootballDataCsvParser()
        .parse("E0/2000-2001.csv", csv.getBytes(StandardCharsets.US_ASCII), "E0", "2000-2001");

    MatchStatistics stats = batch.records().get(0).statistics();
    assertThat(stats.homeShots()).isNull();
    assertThat(stats.homeShotsOnTarget()).isNull();
    assertThat(stats.awayShots()).isEqualTo(9);
    assertThat(stats.awayShotsOnTarget()).isEqualTo(5);
    assertThat(stats.homeCorners()).isEqualTo(6);
    assertThat(batch.records()).hasSize(1);
    assertThat(batch.rejects()).extracting(r -> r.reason())
        .containsExactly("shots on target above shots: home 5 on target of 0");
  }
}
