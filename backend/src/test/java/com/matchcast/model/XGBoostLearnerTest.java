package com.matchcast.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.Test;

class XGBoostLearnerTest extends LearnerContract {

  @Override
  OutcomeLearner learner() {
    return new XGBoostLearner(1);
  }

  @Override
  ModelParameters parameters() {
    return ModelParameters.of(Map.of("rounds", 120, "eta", 0.1));
  }

  @Override
  double[] margins(OutcomeModel model, double[] row) {
    try {
      return ((XGBoostModel) model).margins(new double[][] {row})[0];
    } catch (XGBoostError e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void earlyStoppingKeepsTheBestRoundsAndPredictsWithThem() {
    ModelParameters many = ModelParameters.of(Map.of("rounds", 2000, "eta", 0.3, "early_stopping_rounds", 10));
    try (OutcomeModel model = learner().fit(TRAIN, TEST, many, 1);
         OutcomeModel restored = ModelCodec.read(model.toBytes())) {
      double kept = model.provenance().parameters().number("rounds_kept");
      assertThat(kept).isBetween(1.0, 1999.0);
      assertThat(restored.predict(TEST.features())).isDeepEqualTo(model.predict(TEST.features()));
      contributionsOfEachClassSumToItsScoreAndExplainThePrediction();
    }
  }
}
