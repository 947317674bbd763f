package com.matchcast.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DixonColesTest {

  private static final LocalDate AS_OF = LocalDate.of(2020, 1, 11);

  /** lambda 1.2, mu 0.9, rho -0.1: 1 + 0.108, 1 - 0.12, 1 - 0.09, 1 + 0.1, and 1 beyond. */
  @Test
  void tauCorrectsOnlyTheFourLowScores() {
    assertThat(LowScoreCorrection.tau(0, 0, 1.2, 0.9, -0.1)).isCloseTo(1.108, within(1e-12));
    assertThat(LowScoreCorrection.tau(0, 1, 1.2, 0.9, -0.1)).isCloseTo(0.88, within(1e-12));
    assertThat(LowScoreCorrection.tau(1, 0, 1.2, 0.9, -0.1)).isCloseTo(0.91, within(1e-12));
    assertThat(LowScoreCorrection.tau(1, 1, 1.2, 0.9, -0.1)).isCloseTo(1.1, within(1e-12));
    assertThat(LowScoreCorrection.tau(2, 1, 1.2, 0.9, -0.1)).isEqualTo(1.0);
  }

  /**
   * intercept 0.1, home 0.3, rho -0.1, xi 0.01; A (attack 0.2, defence 0.1), B (-0.1, 0).
   * A 1-0 B, 10 days before: lambda = e^0.6 = 1.822119, mu = e^-0.1 = 0.904837,
   * term = e^-0.1 * (log(1 - 0.1 mu) + log lambda - lambda - mu) = -1.926633.
   * B 0-0 A, 7 days before: lambda = e^0.2 = 1.221403, mu = e^0.3 = 1.349859,
   * term = e^-0.07 * (log(1 + 0.1 lambda mu) - lambda - mu) = -2.338868. Sum -4.265501072745825.
   */
  @Test
  void logLikelihoodOfATinyDatasetMatchesTheHandSum() {
    DixonColesFit fit = DixonColesFit.of(AS_OF, Map.of("A", new double[] {0.2, 0.1}, "B", new double[] {-0.1, 0.0}),
        0.1, 0.3, -0.1);
    List<GoalObservation> matches = List.of(new GoalObservation(AS_OF.minusDays(10), "A", "B", 1, 0),
        new GoalObservation(AS_OF.minusDays(7), "B", "A", 0, 0));
    DixonColes model = new DixonColes(new DixonColesParameters(0.01, 10, 200, 1e-9));
    assertThat(model.logLikelihood(fit, matches)).isCloseTo(-4.265501072745825, within(1e-12));
  }

  @Test
  void fitRecoversTheParametersItWasDrawnFrom() {
    SyntheticLeague league = new SyntheticLeague(20, 7L, 0.1, 0.3, -0.1);
    List<GoalObservation> matches = league.play(8, LocalDate.of(2010, 1, 1));
    DixonColesFit fit = new DixonColes(new DixonColesParameters(0.0, 1.0, 500, 1e-9))
        .fit(matches, LocalDate.of(2030, 1, 1), null);
    assertThat(fit.homeAdvantage()).isCloseTo(0.3, within(0.05));
    assertThat(fit.intercept()).isCloseTo(0.1, within(0.06));
    assertThat(fit.rho()).isCloseTo(-0.1, within(0.06));
    double absoluteError = 0;
    for (String club : league.truth.clubs()) {
      absoluteError += Math.abs(fit.attack(club) - league.truth.attack(club))
          + Math.abs(fit.defence(club) - league.truth.defence(club));
    }
    assertThat(absoluteError / (2 * league.truth.clubs().size())).isLessThan(0.07);
  }

  @Test
  void fitIsAMaximumOfTheLikelihoodInItsUnpenalisedParameters() {
    List<GoalObservation> matches = new SyntheticLeague(12, 3L, 0.2, 0.25, -0.05).play(3, LocalDate.of(2019, 1, 1));
    DixonColes model = new DixonColes(new DixonColesParameters(0.002, 10, 500, 1e-10));
    DixonColesFit fit = model.fit(matches, LocalDate.of(2021, 1, 1), null);
    double best = model.logLikelihood(fit, matches);
    for (double nudge : new double[] {-0.01, 0.01}) {
      assertThat(model.logLikelihood(shifted(fit, nudge, 0, 0), matches)).isLessThan(best);
      assertThat(model.logLikelihood(shifted(fit, 0, nudge, 0), matches)).isLessThan(best);
      assertThat(model.logLikelihood(shifted(fit, 0, 0, nudge), matches)).isLessThan(best);
    }
  }

  @Test
  void timeDecayLetsRecentMatchesOutweighOldOnes() {
    List<GoalObservation> matches = new ArrayList<>();
    for (int week = 0; week < 20; week++) {
      boolean old = week < 10;
      LocalDate date = AS_OF.minusDays(old ? 700 - 7L * week : 140 - 7L * week);
      matches.add(new GoalObservation(date, "A", "B", old ? 4 : 0, 0));
      matches.add(new GoalObservation(date.plusDays(1), "B", "A", 1, old ? 3 : 0));
    }
    double flat = new DixonColes(new DixonColesParameters(0.0, 1, 500, 1e-9)).fit(matches, AS_OF, null)
        .expectedGoals("A", "B").home();
    double decayed = new DixonColes(new DixonColesParameters(0.01, 1, 500, 1e-9)).fit(matches, AS_OF, null)
        .expectedGoals("A", "B").home();
    assertThat(decayed).isLessThan(flat / 2);
  }

  @Test
  void warmStartReachesTheSameFitAsAColdStart() {
    SyntheticLeague league = new SyntheticLeague(16, 11L, 0.15, 0.3, -0.08);
    List<GoalObservation> matches = league.play(3, LocalDate.of(2019, 1, 1));
    DixonColes model = new DixonColes();
    LocalDate asOf = LocalDate.of(2021, 1, 1);
    DixonColesFit previous = model.fit(matches.subList(0, 500), asOf, null);
    DixonColesFit cold = model.fit(matches, asOf, null);
    DixonColesFit warm = model.fit(matches, asOf, previous);
    assertThat(warm.homeAdvantage()).isCloseTo(cold.homeAdvantage(), within(1e-5));
    assertThat(warm.rho()).isCloseTo(cold.rho(), within(1e-5));
    assertThat(warm.attack("Club3")).isCloseTo(cold.attack("Club3"), within(1e-5));
  }

  @Test
  void unknownClubHasNoGoalExpectationAndLeakingMatchesAreRefused() {
    List<GoalObservation> matches = new SyntheticLeague(6, 5L, 0.1, 0.3, 0.0).play(2, LocalDate.of(2019, 1, 1));
    DixonColes model = new DixonColes();
    DixonColesFit fit = model.fit(matches, LocalDate.of(2020, 1, 1), null);
    assertThat(fit.expectedGoals("Club1", "Nowhere").home()).isNaN();
    assertThat(fit.scoreGrid("Nowhere", "Club1", 10)).isEmpty();
    assertThat(fit.attack("Nowhere")).isNaN();
    LocalDate lastMatch = matches.get(matches.size() - 1).date();
    assertThatThrownBy(() -> model.fit(matches, lastMatch, null)).isInstanceOf(IllegalArgumentException.class);
  }

  private static DixonColesFit shifted(DixonColesFit fit, double intercept, double home, double rho) {
    Map<String, DixonColesFit.Club> clubs =
        fit.clubs().stream().collect(Collectors.toMap(Function.identity(), c -> fit.club(c).orElseThrow()));
    return new DixonColesFit(fit.asOf(), clubs, fit.intercept() + intercept, fit.homeAdvantage() + home,
        fit.rho() + rho);
  }
}
