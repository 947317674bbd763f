package com.matchcast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatistics;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.matchdata.OddsQuote;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A replay sees a stored match on the real world's timetable, never earlier. */
class VisibilityTest {

  private static final OddsQuote PRE_MATCH = OddsQuote.oneXTwo("Avg", false, new BigDecimal("2.10"),
      new BigDecimal("3.40"), new BigDecimal("3.60"), null);
  private static final OddsQuote CLOSING = OddsQuote.oneXTwo("Avg", true, new BigDecimal("1.95"),
      new BigDecimal("3.50"), new BigDecimal("4.00"), null);
  private static final MatchRecord STORED = new MatchRecord("database", "match 7", "E0", "2023-2024",
      LocalDate.of(2023, 8, 12), LocalDateTime.of(2023, 8, 12, 14, 0), "Arsenal", "Nott'm Forest", MatchStatus.FINISHED,
      2, 1, 2, 0, null, "M Oliver", null, 60000, null,
      new MatchStatistics(15, 6, 8, 2, null, null, null, null, null, null, null, null, null, null),
      List.of(PRE_MATCH, CLOSING), null);

  @Test
  void aFixtureIsUnknownUntilTwoWeeksBefore() {
    assertThat(Visibility.at(STORED, Instant.parse("2023-07-29T13:59:59Z"))).isNull();
    assertThat(Visibility.at(STORED, Instant.parse("2023-07-29T14:00:00Z"))).isNotNull();
  }

  @Test
  void beforeKickOffOnlyTheFixtureAndThePricesOfItsTimeAreKnown() {
    MatchRecord fixtureOnly = Visibility.at(STORED, Instant.parse("2023-08-09T13:59:59Z"));
    assertThat(fixtureOnly.status()).isEqualTo(MatchStatus.SCHEDULED);
    assertThat(fixtureOnly.homeGoals()).isNull();
    assertThat(fixtureOnly.awayGoals()).isNull();
    assertThat(fixtureOnly.homeGoalsHalfTime()).isNull();
    assertThat(fixtureOnly.statistics()).isNull();
    assertThat(fixtureOnly.attendance()).isNull();
    assertThat(fixtureOnly.odds()).isEmpty();

    assertThat(Visibility.at(STORED, Instant.parse("2023-08-09T14:00:00Z")).odds()).containsExactly(PRE_MATCH);
    assertThat(Visibility.at(STORED, Instant.parse("2023-08-12T13:54:59Z")).odds()).containsExactly(PRE_MATCH);
    MatchRecord atKickoff = Visibility.at(STORED, Instant.parse("2023-08-12T13:55:00Z"));
    assertThat(atKickoff.odds()).containsExactly(PRE_MATCH, CLOSING);
    assertThat(atKickoff.homeGoals()).isNull();
  }

  @Test
  void theResultIsKnownAtFullTime() {
    assertThat(Visibility.at(STORED, Instant.parse("2023-08-12T15:54:59Z")).homeGoals()).isNull();
    assertThat(Visibility.at(STORED, Instant.parse("2023-08-12T15:55:00Z"))).isSameAs(STORED);
  }

  @Test
  void aMatchWithOnlyADayKicksOffAtThree() {
    MatchRecord dayOnly = new MatchRecord("database", "match 8", "E0", "2003-2004", LocalDate.of(2003, 8, 16), null,
        "Arsenal", "Everton", MatchStatus.FINISHED, 2, 1, null, null, null, null, null, null, null, null, List.of(),
        null);
    assertThat(Visibility.kickoff(dayOnly)).isEqualTo(Instant.parse("2003-08-16T15:00:00Z"));
  }
}
