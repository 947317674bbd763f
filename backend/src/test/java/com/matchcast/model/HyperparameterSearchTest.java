package com.matchcast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HyperparameterSearchTest {

  private static final TrainingSet DATA = SyntheticMatches.generate(1500, 4, 5);
  private static final List<Fold> WALK_FORWARD = List.of(
      new Fold(SyntheticMatches.range(0, 900), SyntheticMatches.range(900, 1200)),
      new Fold(SyntheticMatches.range(0, 1200), SyntheticMatches.range(1200, 1500)));
  private static final SearchSpace SPACE = SearchSpace.of(Map.of(
      "eta", new SearchSpace.LogUniform(0.03, 0.3),
      "max_depth", new SearchSpace.Whole(2, 5),
      "subsample", new SearchSpace.Uniform(0.6, 1.0)));

  private HyperparameterSearch search(HyperparameterSearch.Score score) {
    return new HyperparameterSearch(new XGBoostLearner(1), SPACE, ModelParameters.of(Map.of("rounds", 30)), score);
  }

  @Test
  void theSameSeedGivesTheSameTrialsAndTheBestIsTheLowestMeanLoss() {
    HyperparameterSearch.Result first = search(HyperparameterSearch.Score.LOG_LOSS)
        .search(DATA, WALK_FORWARD, 4, Duration.ofHours(1), 42);
    HyperparameterSearch.Result second = search(HyperparameterSearch.Score.LOG_LOSS)
        .search(DATA, WALK_FORWARD, 4, Duration.ofHours(1), 42);
    assertThat(first.trials()).hasSize(4);
    for (int t = 0; t < 4; t++) {
      assertThat(second.trials().get(t).parameters()).isEqualTo(first.trials().get(t).parameters());
      assertThat(second.trials().get(t).foldScores()).containsExactly(first.trials().get(t).foldScores());
    }
    double lowest = first.trials().stream().mapToDouble(HyperparameterSearch.Trial::meanScore).min().orElseThrow();
    assertThat(first.best().meanScore()).isEqualTo(lowest);
    assertThat(first.trials().get(0).parameters().number("eta")).isEqualTo(0.05);
    assertThat(first.trials().get(1).parameters().number("max_depth")).isBetween(2.0, 5.0);
  }

  @Test
  void anExhaustedTimeBoxCutsTrialsWithoutChangingTheirOrder() {
    long[] clock = {0};
    HyperparameterSearch timed = new HyperparameterSearch(new LogisticLearner(), SearchSpace.of(Map.of(
        "l2", new SearchSpace.LogUniform(1e-4, 1))), ModelParameters.empty(), HyperparameterSearch.Score.RPS,
        () -> clock[0] += Duration.ofSeconds(1).toNanos());
    HyperparameterSearch.Result cut = timed.search(DATA, WALK_FORWARD, 10, Duration.ofMillis(3500), 8);
    HyperparameterSearch.Result full = new HyperparameterSearch(new LogisticLearner(), SearchSpace.of(Map.of(
        "l2", new SearchSpace.LogUniform(1e-4, 1))), ModelParameters.empty(), HyperparameterSearch.Score.RPS)
        .search(DATA, WALK_FORWARD, 10, Duration.ofHours(1), 8);
    assertThat(cut.trials()).hasSizeBetween(1, 9);
    for (int t = 0; t < cut.trials().size(); t++) {
      assertThat(cut.trials().get(t).parameters()).isEqualTo(full.trials().get(t).parameters());
    }
    assertThat(timed.search(DATA, WALK_FORWARD, 10, Duration.ZERO, 8).trials()).hasSize(1);
  }

  @Test
  void aFoldWhoseValidationIsNotLaterThanItsTrainingIsRefused() {
    assertThatThrownBy(() -> new Fold(new int[] {0, 1, 5}, new int[] {4, 6}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not later");
  }
}
