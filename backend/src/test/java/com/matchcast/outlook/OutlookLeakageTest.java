package com.matchcast.outlook;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.api.ApiTestSupport;
import com.matchcast.goals.GoalObservation;
import com.matchcast.outlook.persistence.OutlookQueries;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.serving.KickoffBound;
import com.matchcast.serving.Visibility;
import com.matchcast.support.EmbeddedDatabaseTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Nothing known after an outlook's moment reaches it: not a prediction made later, not a result
 * known later (for the table or for the goal model). On MiniSeason's Premier League; a database of
 * its own, since the ledger it writes to keeps every row.
 */
@EmbeddedDatabaseTest
@TestPropertySource(properties = {"matchcast.test.context=outlook-leakage", "matchcast.outlook.simulations=2000"})
class OutlookLeakageTest extends ApiTestSupport {

  private static final long ARSENAL_TOTTENHAM = 9;

  @Autowired OutlookService service;
  @Autowired OutlookQueries queries;
  @Autowired PredictionLedger ledger;

  @Test
  void aPredictionCountsOnlyFromTheMomentItWasMade() {
    Instant made = Instant.parse("2023-09-12T10:00:00Z");
    if (ledger.latest(ARSENAL_TOTTENHAM).blockOptional().isEmpty()) {
      ledger.record(prediction(made)).block();
    }
    LeagueOutlook before = service.outlook("E0", "2023-2024", made.minusSeconds(1)).block();
    LeagueOutlook after = service.outlook("E0", "2023-2024", made).block();
    assertThat(before.forecastMatches()).isZero();
    assertThat(after.forecastMatches()).isEqualTo(1);
    assertThat(before.remainingMatches()).isEqualTo(4);
    assertThat(after.remainingMatches()).isEqualTo(4);
  }

  @Test
  void aResultCountsOnlyOnceItsFullTimeHasPassed() {
    // match 3 kicks off at 16:30 on 2023-08-19, match 4 (day only) at the usual 15:00: results at 18:25 and 16:55
    assertThat(service.outlook("E0", "2023-2024", Instant.parse("2023-08-19T16:54:00Z")).block().resultsKnown())
        .isEqualTo(2);
    assertThat(service.outlook("E0", "2023-2024", Instant.parse("2023-08-19T16:55:00Z")).block().resultsKnown())
        .isEqualTo(3);
    assertThat(service.outlook("E0", "2023-2024", Instant.parse("2023-08-19T18:25:00Z")).block().resultsKnown())
        .isEqualTo(4);
  }

  @Test
  void theGoalModelLearnsOnlyResultsBeforeTheDayAndKnownByTheMoment() {
    Instant moment = Instant.parse("2023-08-19T17:00:00Z");
    List<LocalDate> days = queries.results(List.of("E0"), LocalDate.of(2020, 1, 1), LocalDate.of(2023, 8, 26),
            new KickoffBound(Visibility.resultsUntil(moment)))
        .map(GoalObservation::date).collectList().block();
    // 2022-23's two meetings, the opening day, and of 2023-08-19 only the match whose full time has passed
    assertThat(days).containsExactly(LocalDate.of(2022, 10, 10), LocalDate.of(2023, 3, 1), LocalDate.of(2023, 8, 12),
        LocalDate.of(2023, 8, 12), LocalDate.of(2023, 8, 19));
    List<LocalDate> beforeTheDay = queries.results(List.of("E0"), LocalDate.of(2020, 1, 1),
        LocalDate.of(2023, 8, 19), KickoffBound.NONE).map(GoalObservation::date).collectList().block();
    assertThat(beforeTheDay).doesNotContain(LocalDate.of(2023, 8, 19)).hasSize(4);
  }

  private static Prediction prediction(Instant made) {
    return new Prediction(0, ARSENAL_TOTTENHAM, "E0", "2023-2024", LocalDate.of(2023, 9, 16), null, "Arsenal",
        "Tottenham", 0.6, 0.25, 0.15, 1.9, 0.9, 0.55, 0.45, List.of(), 0.5, null, 1, "a".repeat(64), 0,
        "first forecast", made);
  }
}
