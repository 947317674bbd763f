package com.matchcast.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LightGbmLearnerTest extends LearnerContract {

  @Override
  OutcomeLearner learner() {
    return new LightGbmLearner();
  }

  @Override
  ModelParameters parameters() {
    return ModelParameters.of(Map.of("rounds", 120, "learning_rate", 0.1));
  }

  @Override
  double[] margins(OutcomeModel model, double[] row) {
    return ((LightGbmModel) model).margins(new double[][] {row})[0];
  }

  @Test
  void predictsLargeMulticlassBatchesWithoutCorruptingTheHeap() {
    try (OutcomeModel model = learner().fit(TRAIN, parameters(), 2)) {
      for (int repeat = 0; repeat < 5; repeat++) {
        assertThat(model.predict(DATA.features())).hasNumberOfRows(DATA.size());
      }
      for (int i = 0; i < 200; i++) {
        assertThat(model.contributions(DATA.features()[i])).hasDimensions(3, WIDTH + 1);
      }
    }
  }

  @Test
  void useThreadsRefusesZero() {
    assertThatThrownBy(() -> LightGbmLearner.useThreads(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LightGBM needs at least one thread, not 0");
  }

  @Test
  void earlyStoppingKeepsOnlyTheBestRounds() {
    ModelParameters many = ModelParameters.of(Map.of("rounds", 2000, "learning_rate", 0.3, "early_stopping_rounds", 10));
    try (OutcomeModel model = learner().fit(TRAIN, TEST, many, 1);
         OutcomeModel restored = ModelCodec.read(model.toBytes())) {
      assertThat(model.provenance().parameters().number("rounds_kept")).isBetween(1.0, 1999.0);
      assertThat(restored.predict(TEST.features())).isDeepEqualTo(model.predict(TEST.features()));
    }
  }

  @Test
  void aClosedModelRefusesToPredictAndClosesTwiceSafely() {
    OutcomeModel model = learner().fit(TRAIN, parameters(), 2);
    model.close();
    model.close();
    assertThatThrownBy(() -> model.predict(TEST.features())).isInstanceOf(IllegalStateException.class);
  }
}
