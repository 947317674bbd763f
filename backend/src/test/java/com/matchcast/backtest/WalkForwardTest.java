package com.matchcast.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.feature.FeatureMatrix;
import com.matchcast.forecast.Combiner;
import com.matchcast.forecast.EnsembleMember;
import com.matchcast.forecast.GoalForecasts;
import com.matchcast.timeline.ClosingPrices;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.PreMatchPrices;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rolling origin by date: every forecast comes from models trained only on earlier matches. */
class WalkForwardTest {

  /** Records, per fit, the latest training day and the earliest day it was asked to forecast. */
  static final class DateSpy implements EnsembleMember {
    final List<long[]> fits = new ArrayList<>();

    @Override
    public String name() {
      return "spy";
    }

    @Override
    public Forecaster fit(double[][] features, int[] outcomes, double[] weights, long seed) {
      long lastTrained = 0;
      for (double[] row : features) {
        lastTrained = Math.max(lastTrained, (long) row[0]);
      }
      long[] fit = {lastTrained, Long.MAX_VALUE};
      fits.add(fit);
      return rows -> {
        for (double[] row : rows) {
          fit[1] = Math.min(fit[1], (long) row[0]);
        }
        double[][] p = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
          p[i] = new double[] {0.45, 0.27, 0.28};
        }
        return p;
      };
    }
  }

  @Test
  void everyFitSeesOnlyMatchesBeforeTheMatchesItForecasts() {
    List<TimelineMatch> timeline = weeklyMatches(LocalDate.of(2018, 8, 4), 150);
    FeatureMatrix matrix = dayNumbers(timeline);
    DateSpy spy = new DateSpy();
    WalkForwardPlan plan = new WalkForwardPlan(Set.of("E0"), Set.of("E0"), LocalDate.of(2019, 8, 1),
        LocalDate.of(2020, 12, 31), Period.ofMonths(1), Period.ofMonths(6), null, null, 1);

    List<MatchForecast> forecasts = new WalkForward(List.of(spy), (f, o) -> Combiner.Combination.equalWeights(List.of("spy")),
        (m, p) -> new GoalForecasts.Goals(0.5, 0.5, 1.4, 1.1), "test").run(timeline, matrix, plan);

    assertThat(spy.fits).hasSizeGreaterThan(10);
    assertThat(spy.fits).allSatisfy(fit -> assertThat(fit[0]).isLessThan(fit[1]));
    assertThat(forecasts).allSatisfy(f -> assertThat(f.match().upcoming().date()).isAfterOrEqualTo(plan.from()));
    assertThat(forecasts).hasSize((int) timeline.stream()
        .filter(m -> !m.upcoming().date().isBefore(plan.from()) && !m.upcoming().date().isAfter(plan.to())).count());
  }

  @Test
  void ensembleIsLearnedFromTheLastTwoYearsOfEarlierOutOfSampleForecasts() {
    List<TimelineMatch> timeline = new ArrayList<>();
    for (int week = 0; week < 7 * 52; week++) { // five matches a week for seven years
      for (int i = 0; i < 5; i++) {
        timeline.addAll(weeklyMatches(LocalDate.of(2012, 8, 4).plusWeeks(week), 1));
      }
    }
    FeatureMatrix matrix = dayNumbers(timeline);
    EnsembleMember dayTeller = new EnsembleMember() { // its forecast says which day it was made for
      @Override
      public String name() {
        return "day-teller";
      }

      @Override
      public Forecaster fit(double[][] features, int[] outcomes, double[] weights, long seed) {
        return rows -> {
          double[][] p = new double[rows.length][];
          for (int i = 0; i < rows.length; i++) {
            p[i] = new double[] {rows[i][0] / 1e6, 0.5, 0.5 - rows[i][0] / 1e6};
          }
          return p;
        };
      }
    };
    List<long[]> seen = new ArrayList<>(); // per combiner fit: earliest day, latest day, rows
    Combiner spy = (forecasts, outcomes) -> {
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (double[] p : forecasts.get(0)) {
        first = Math.min(first, Math.round(p[0] * 1e6));
        last = Math.max(last, Math.round(p[0] * 1e6));
      }
      seen.add(new long[] {first, last, outcomes.length});
      return Combiner.Combination.equalWeights(List.of("day-teller"));
    };
    List<LocalDate> refits = new ArrayList<>();
    LocalDate start = timeline.get(0).upcoming().date();
    WalkForwardPlan plan = new WalkForwardPlan(Set.of("E0"), Set.of("E0"), LocalDate.of(2017, 7, 1),
        LocalDate.of(2019, 6, 30), Period.ofMonths(3), Period.ofYears(5), null, null, 1);

    new WalkForward(List.of(dayTeller), spy, (m, p) -> new GoalForecasts.Goals(0.5, 0.5, 1.4, 1.1), "test")
        .run(timeline, matrix, plan, (refit, trained, forecast, combination) -> refits.add(refit));

    // the combiner is asked once it has 500 forecasts; each time it sees exactly the played
    // matches forecast before the refit date and at most two years before it
    List<long[]> expected = new ArrayList<>();
    for (LocalDate refit : refits) {
      LocalDate earliest = refit.minusYears(2).isAfter(start) ? refit.minusYears(2) : start;
      long rows = timeline.stream().map(m -> m.upcoming().date())
          .filter(d -> !d.isBefore(earliest) && d.isBefore(refit)).count();
      if (rows >= 500) {
        LocalDate last = timeline.stream().map(m -> m.upcoming().date()).filter(d -> d.isBefore(refit))
            .max(LocalDate::compareTo).orElseThrow();
        LocalDate first = timeline.stream().map(m -> m.upcoming().date()).filter(d -> !d.isBefore(earliest))
            .min(LocalDate::compareTo).orElseThrow();
        expected.add(new long[] {first.toEpochDay(), last.toEpochDay(), rows});
      }
    }
    assertThat(expected).hasSizeGreaterThan(10);
    assertThat(seen).usingElementComparator((a, b) -> java.util.Arrays.equals(a, b) ? 0 : 1)
        .containsExactlyElementsOf(expected);
    assertThat(seen.get(seen.size() - 1)[2]).as("a full two-year window").isGreaterThanOrEqualTo(2 * 52 * 5);
  }

  static List<TimelineMatch> weeklyMatches(LocalDate first, int weeks) {
    List<TimelineMatch> timeline = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      LocalDate day = first.plusWeeks(w);
      UpcomingMatch m = new UpcomingMatch(w, "E0", "season", day, null, "A" + w % 5, "B" + w % 7, "A" + w % 5,
          "B" + w % 7, PreMatchPrices.none());
      timeline.add(new TimelineMatch(m, new MatchOutcome(w % 3, w % 2, null, null, null), new ClosingPrices(List.of())));
    }
    return timeline;
  }

  /** Column 0 is the match's day number, so the spy can tell when a training row was played. */
  static FeatureMatrix dayNumbers(List<TimelineMatch> timeline) {
    double[][] rows = new double[timeline.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = new double[] {timeline.get(i).upcoming().date().toEpochDay()};
    }
    return new FeatureMatrix(List.of(new FeatureDefinition("day", "epoch day", "test", "-")), rows);
  }
}
