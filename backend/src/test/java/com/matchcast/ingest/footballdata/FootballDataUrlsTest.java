package com.matchcast.ingest.footballdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FootballDataUrlsTest {

  @Test
  void seasonFilesUseTheShortSeasonCode() {
    assertThat(FootballDataUrls.seasonFile(FootballDataUrls.DEFAULT_BASE, "E0", "2023-2024"))
        .isEqualTo("https://www.football-data.co.uk/mmz4281/2324/E0.csv");
    assertThat(FootballDataUrls.seasonFile("http://localhost:8089/", "SP1", "1999-2000"))
        .isEqualTo("http://localhost:8089/mmz4281/9900/SP1.csv");
  }

  @Test
  void fixtureAndExtraLeagueFilesSitAtTheirOwnPaths() {
    String base = "https://www.football-data.co.uk";
    assertThat(FootballDataUrls.fixtures(base)).isEqualTo("https://www.football-data.co.uk/fixtures.csv");
    assertThat(FootballDataUrls.extraLeague(base, "arg")).isEqualTo("https://www.football-data.co.uk/new/ARG.csv");
    assertThat(FootballDataUrls.extraFixtures(base))
        .isEqualTo("https://www.football-data.co.uk/new_league_fixtures.csv");
  }

  @Test
  void missingBaseFallsBackToTheSite() {
    assertThat(FootballDataUrls.fixtures(null)).isEqualTo("https://www.football-data.co.uk/fixtures.csv");
  }
}
