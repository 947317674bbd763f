package com.matchcast.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatistics;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.matchdata.OddsQuote;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The merge of a record into what is stored: it adds and corrects, never takes away. */
class MatchMergeTest {

  private static final LocalDate DAY = LocalDate.of(2023, 8, 12);
  private static final StoredDetails.MatchValues FINISHED = new StoredDetails.MatchValues(DAY,
      LocalDateTime.of(2023, 8, 12, 14, 0), MatchStatus.FINISHED, 2, 1, 1, 0, "M Oliver", null, 60000);
  private static final OddsQuote STORED_PRICE = OddsQuote.oneXTwo("Bet365", false, new BigDecimal("1.833"),
      new BigDecimal("3.600"), new BigDecimal("4.500"), null);

  @Test
  void aRecordSayingLessChangesNothing() {
    MatchRecord less = record(MatchStatus.SCHEDULED, null, null, null, null, List.of());

    MatchMerge.Change change = MatchMerge.of(less, stored());

    assertThat(change.isEmpty()).isTrue();
    assertThat(change.match()).isNull();
    assertThat(change.statistics()).isNull();
    assertThat(change.oddsAdded()).isEmpty();
    assertThat(change.oddsUpdated()).isEmpty();
  }

  @Test
  void aPriceGivenWithMoreDecimalsThanTheColumnKeepsIsTheSamePrice() {
    OddsQuote same = OddsQuote.oneXTwo("Bet365", false, new BigDecimal("1.8333"), new BigDecimal("3.6"),
        new BigDecimal("4.5"), null);

    assertThat(MatchMerge.of(record(MatchStatus.FINISHED, 2, 1, "M Oliver", null, List.of(same)), stored()).isEmpty())
        .isTrue();
  }

  @Test
  void correctionsAndAdditionsAreNamedAndMergedOverTheStoredValues() {
    OddsQuote corrected = OddsQuote.oneXTwo("Bet365", false, new BigDecimal("1.9"), null, null, null);
    OddsQuote closing = OddsQuote.oneXTwo("Pinnacle", true, new BigDecimal("1.95"), new BigDecimal("3.5"),
        new BigDecimal("4.2"), null);
    MatchStatistics corners = new MatchStatistics(null, null, null, null, 7, 3, null, null, null, null, null, null,
        null, null);

    MatchMerge.Change change = MatchMerge.of(
        record(MatchStatus.FINISHED, 3, 1, null, corners, List.of(corrected, closing)), stored());

    assertThat(change.fields()).containsExactly("home goals", "home corners", "away corners",
        "odds Bet365 ONE_X_TWO", "odds Pinnacle ONE_X_TWO closing added");
    assertThat(change.match()).isEqualTo(new StoredDetails.MatchValues(DAY, FINISHED.kickoff(),
        MatchStatus.FINISHED, 3, 1, 1, 0, "M Oliver", null, 60000));
    assertThat(change.statistics()).isEqualTo(new MatchStatistics(14, 9, null, null, 7, 3, null, null, null, null,
        null, null, null, null));
    assertThat(change.oddsUpdated()).singleElement().satisfies(q -> {
      assertThat(q.id()).isEqualTo(41L);
      assertThat(q.quote().home()).isEqualByComparingTo("1.9");
      assertThat(q.quote().draw()).as("a price the correction lacks stays").isEqualByComparingTo("3.6");
    });
    assertThat(change.oddsAdded()).containsExactly(closing);
  }

  @Test
  void aFinishedMatchNeverGoesBackButMayBeCancelledAndAScheduledOneMayBePostponed() {
    assertThat(MatchMerge.of(record(MatchStatus.LIVE, null, null, null, null, List.of()), stored()).isEmpty()).isTrue();
    assertThat(MatchMerge.of(record(MatchStatus.CANCELLED, null, null, null, null, List.of()), stored()).match()
        .status()).isEqualTo(MatchStatus.CANCELLED);
    StoredDetails.Stored scheduled = new StoredDetails.Stored(new StoredDetails.MatchValues(DAY, null,
        MatchStatus.SCHEDULED, null, null, null, null, null, null, null), null, List.of());
    assertThat(MatchMerge.of(record(MatchStatus.POSTPONED, null, null, null, null, List.of()), scheduled).fields())
        .containsExactly("status");
  }

  private static StoredDetails.Stored stored() {
    return new StoredDetails.Stored(FINISHED, new MatchStatistics(14, 9, null, null, null, null, null, null, null,
        null, null, null, null, null), List.of(new StoredDetails.StoredQuote(41L, STORED_PRICE)));
  }

  private static MatchRecord record(MatchStatus status, Integer home, Integer away, String referee,
      MatchStatistics statistics, List<OddsQuote> odds) {
    return new MatchRecord("football-data", "E0/2023-2024.csv:2", "E0", "2023-2024", DAY, null, "Burnley", "Man City",
        status, home, away, null, null, null, referee, null, null, null, statistics, odds, "raw");
  }
}
