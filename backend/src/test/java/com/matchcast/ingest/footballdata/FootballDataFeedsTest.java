package com.matchcast.ingest.footballdata;

import static com.matchcast.ingest.footballdata.FootballDataSamples.match;
import static com.matchcast.ingest.footballdata.FootballDataSamples.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.SourceBatch;
import com.matchcast.matchdata.Market;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.matchdata.OddsQuote;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The two other shapes the site serves: fixtures.csv and the extra leagues under /new/. */
class FootballDataFeedsTest {

  @Test
  void fixturesAreScheduledMatchesOfEachRowsDivision() {
    SourceBatch batch = parse("fixtures.csv", null, null);

    assertThat(batch.rejects()).isEmpty();
    assertThat(batch.records()).extracting(MatchRecord::leagueCode).containsExactly("E0", "SP1", "E1");
    assertThat(batch.records()).allSatisfy(m -> {
      assertThat(m.status()).isEqualTo(MatchStatus.SCHEDULED);
      assertThat(m.homeGoals()).isNull();
      assertThat(m.awayGoals()).isNull();
      assertThat(m.result()).isNull();
      assertThat(m.seasonCode()).isEqualTo("2026-2027");
    });
  }

  @Test
  void fixturesCarryKickOffAndPreMatchPrices() {
    SourceBatch batch = parse("fixtures.csv", null, null);

    MatchRecord arsenal = match(batch, "Arsenal");
    assertThat(arsenal.kickoffUtc()).isEqualTo(LocalDateTime.of(2026, 9, 19, 14, 0));
    assertThat(arsenal.referee()).isEqualTo("M Oliver");
    assertThat(arsenal.odds()).hasSize(5 + 4 + 4).noneMatch(OddsQuote::closing);
    assertThat(match(batch, "Real Madrid").referee()).isNull();
    assertThat(match(batch, "Norwich").odds()).extracting(OddsQuote::market).containsOnly(Market.ONE_X_TWO);
  }

  @Test
  void fixturesOfOneDivisionCanBeKeptApart() {
    SourceBatch batch = parse("fixtures.csv", "E0", null);

    assertThat(batch.records()).extracting(MatchRecord::homeTeam).containsExactly("Arsenal");
    assertThat(batch.rejects()).extracting(r -> r.reason())
        .containsExactly("division mismatch: file E0, row SP1", "division mismatch: file E0, row E1");
  }

  @Test
  void extraLeagueRowsTakeTheFilesCodeAndTheirOwnSeason() {
    SourceBatch batch = parse("ARG.csv", "ARG", null);

    assertThat(batch.rejects()).isEmpty();
    assertThat(batch.records()).extracting(MatchRecord::leagueCode).containsOnly("ARG");
    assertThat(batch.records()).extracting(MatchRecord::seasonCode).containsExactly("2012-2013", "2014", "2023");
    MatchRecord river = match(batch, "River Plate");
    assertThat(river.awayTeam()).isEqualTo("Racing Club");
    assertThat(river.date()).isEqualTo(LocalDate.of(2023, 1, 27));
    assertThat(river.homeGoals()).isEqualTo(2);
    assertThat(river.result()).isEqualTo("H");
    assertThat(river.status()).isEqualTo(MatchStatus.FINISHED);
  }

  @Test
  void extraLeaguePricesAreClosingPrices() {
    SourceBatch batch = parse("ARG.csv", "ARG", null);

    assertThat(match(batch, "Arsenal Sarandi").odds()).extracting(OddsQuote::bookmaker)
        .containsExactly("Pinnacle", "Market Maximum", "Market Average", "Betfair Exchange");
    assertThat(match(batch, "Boca Juniors").odds()).hasSize(3).allMatch(OddsQuote::closing);
  }

  @Test
  void extraLeagueFixturesTakeTheirLeagueFromTheCountryAndTheSeasonFromTheLeaguesCalendar() {
    SourceBatch batch = parse("new_league_fixtures.csv", null, null);

    assertThat(batch.records()).extracting(m -> m.leagueCode() + " " + m.seasonCode() + " " + m.status())
        .containsExactly("USA 2026 SCHEDULED", "POL 2026-2027 SCHEDULED");
    assertThat(match(batch, "Austin FC").kickoffUtc()).isEqualTo(LocalDateTime.of(2026, 9, 26, 0, 30));
    assertThat(batch.rejects()).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("missing division"));
  }
}
