package com.matchcast.goals;

import static com.matchcast.rating.MatchFixtures.describe;
import static com.matchcast.rating.MatchFixtures.learn;
import static com.matchcast.rating.MatchFixtures.match;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.rating.RatingPoint;
import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DixonColesFeaturesTest {

  /** 264 matches, one a day, 2019-01-01 to 2019-09-21. */
  private static final List<GoalObservation> HISTORY =
      new SyntheticLeague(12, 21L, 0.15, 0.3, -0.08).play(2, LocalDate.of(2019, 1, 1));
  private static final LocalDate MONDAY = LocalDate.of(2019, 9, 30);
  private static final UpcomingMatch NEXT = match("E0", MONDAY.plusDays(2), "Club1", "Club2");

  private static DixonColesFeatures learned(List<GoalObservation> matches) {
    DixonColesFeatures source = new DixonColesFeatures();
    for (GoalObservation m : matches) {
      learn(source, "E0", m.date(), m.homeClub(), m.awayClub(), m.homeGoals(), m.awayGoals());
    }
    return source;
  }

  @Test
  void describeDependsOnlyOnEarlierLearns() {
    double[] alone = describe(learned(HISTORY), NEXT);

    DixonColesFeatures busy = learned(HISTORY);
    describe(busy, match("E0", MONDAY.minusDays(20), "Club3", "Club4"));
    double[] described = describe(busy, NEXT);
    learn(busy, "E0", NEXT.date(), "Club1", "Club2", 6, 0);
    learn(busy, "E0", NEXT.date().plusDays(4), "Club2", "Club1", 0, 5);
    learn(busy, "E1", MONDAY.minusDays(3), "Club1", "Club9", 0, 7);

    assertThat(described).containsExactly(alone, within(1e-6));
    assertThat(describe(busy, NEXT)).containsExactly(described);
  }

  @Test
  void featuresComeFromOneScoreGrid() {
    DixonColesFeatures source = learned(HISTORY);
    double[] out = describe(source, NEXT);
    ScoreGrid grid = source.scoreGrid(NEXT).orElseThrow();
    DixonColesFit fit = source.fitFor(NEXT).orElseThrow();
    assertThat(fit.asOf()).isEqualTo(MONDAY);
    assertThat(out[3] + out[4] + out[5]).isCloseTo(1.0, within(1e-12));
    assertThat(out).containsExactly(0.0, grid.expectedHomeGoals(), grid.expectedAwayGoals(), grid.homeWin(),
        grid.draw(), grid.awayWin(), grid.over(2.5), grid.bothTeamsScore(), fit.attack("Club1"),
        fit.defence("Club1"), fit.attack("Club2"), fit.defence("Club2"), 0.0);
  }

  @Test
  void keepsEachClubsStrengthsGoingIntoTheMatchesWhoseFitWasMade() {
    DixonColesFeatures source = learned(HISTORY);
    assertThat(source.attackHistory("Club1")).as("learned without a fit: no point").isEmpty();

    double[] described = describe(source, NEXT);
    learn(source, "E0", NEXT.date(), "Club1", "Club2", 3, 0);
    learn(source, "E0", NEXT.date().plusDays(1), "Club3", "Club1", 1, 1);
    learn(source, "E0", NEXT.date().plusDays(8), "Club1", "Club4", 2, 2);

    DixonColesFit fit = source.fitFor(NEXT).orElseThrow();
    assertThat(source.attackHistory("Club1")).containsExactly(new RatingPoint(NEXT.date(), described[8]),
        new RatingPoint(NEXT.date().plusDays(1), fit.attack("Club1")));
    assertThat(source.defenceHistory("Club1")).containsExactly(new RatingPoint(NEXT.date(), described[9]),
        new RatingPoint(NEXT.date().plusDays(1), fit.defence("Club1")));
    assertThat(source.attackHistory("Club2")).containsExactly(new RatingPoint(NEXT.date(), described[10]));
    assertThat(source.defenceHistory("Club2")).containsExactly(new RatingPoint(NEXT.date(), described[11]));
    assertThat(source.attackHistory("Club4")).as("next week's fit was never made").isEmpty();
  }

  @Test
  void clubNeverSeenIsNaNNotZero() {
    DixonColesFeatures source = learned(HISTORY);
    assertThat(columns(describe(source, match("E0", NEXT.date(), "Club1", "Promoted")))).containsOnly(Double.NaN);
    assertThat(columns(describe(source, match("SP1", NEXT.date(), "Club1", "Club2")))).containsOnly(Double.NaN);
    assertThat(source.scoreGrid(match("E0", NEXT.date(), "Promoted", "Club1"))).isEmpty();
  }

  @Test
  void divisionWithTooLittleHistoryHasNoFitYet() {
    DixonColesFeatures source = learned(HISTORY.subList(0, 100));
    assertThat(columns(describe(source, match("E0", LocalDate.of(2019, 6, 3), "Club1", "Club2"))))
        .containsOnly(Double.NaN);
  }

  private static double[] columns(double[] described) {
    return Arrays.copyOfRange(described, 1, described.length - 1);
  }
}
