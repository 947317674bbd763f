package com.matchcast.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.matchcast.model.Calibration;
import com.matchcast.model.EnsembleModel;
import com.matchcast.model.OutcomeModel;
import com.matchcast.model.Provenance;
import com.matchcast.model.TemperatureScaling;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Explanations add up: the market baseline plus every factor's effects is the forecast. */
class ExplanationTest {

  private static final List<String> NAMES = List.of("market_p_home", "elo_diff", "home_rest_days");

  /** A linear scorer: class k's score is the sum of weights[k][j] * row[j] plus a bias. */
  private record Linear(double[][] weights) implements OutcomeModel {
    @Override
    public double[][] predict(double[][] features) {
      double[][] out = new double[features.length][];
      for (int i = 0; i < features.length; i++) {
        double[][] c = contributions(features[i]);
        double[] z = new double[3];
        for (int k = 0; k < 3; k++) {
          for (double v : c[k]) {
            z[k] += v;
          }
        }
        double sum = Math.exp(z[0]) + Math.exp(z[1]) + Math.exp(z[2]);
        out[i] = new double[] {Math.exp(z[0]) / sum, Math.exp(z[1]) / sum, Math.exp(z[2]) / sum};
      }
      return out;
    }

    @Override
    public double[][] contributions(double[] row) {
      double[][] c = new double[3][row.length + 1];
      for (int k = 0; k < 3; k++) {
        for (int j = 0; j < row.length; j++) {
          c[k][j] = weights[k][j] * row[j];
        }
        c[k][row.length] = weights[k][row.length];
      }
      return c;
    }

    @Override
    public byte[] toBytes() {
      throw new UnsupportedOperationException("a test scorer is never stored");
    }

    @Override
    public Provenance provenance() {
      return new Provenance("test-linear", null, 0, NAMES);
    }
  }

  @Test
  void aSingleFactorMovesTheForecastAllTheWayFromTheMarket() {
    double[] market = {0.5, 0.3, 0.2};
    // prices reproduce the market's log-probabilities exactly; Elo adds +0.4 to the home score
    Linear model = new Linear(new double[][] {{Math.log(0.5), 0.4, 0, 0}, {Math.log(0.3), 0, 0, 0},
        {Math.log(0.2), 0, 0, 0}});
    double[] row = {1, 1, 0};
    double[] forecast = model.predict(new double[][] {row})[0];

    Explanation explanation = Explanation.of(model, row, NAMES, market, forecast, true);

    Explanation.FactorEffect elo = explanation.factors().get(0);
    assertThat(elo.key()).isEqualTo("elo");
    for (int k = 0; k < 3; k++) {
      assertThat(elo.on(k)).isCloseTo(forecast[k] - market[k], within(1e-12));
    }
    assertThat(explanation.factors()).filteredOn(f -> !f.key().equals("elo"))
        .allSatisfy(f -> assertThat(Math.abs(f.on(0)) + Math.abs(f.on(1)) + Math.abs(f.on(2))).isLessThan(1e-12));
  }

  @Test
  void anEnsembleWithCalibrationAddsUpToItsForecast() {
    Linear first = new Linear(new double[][] {{1.1, 0.3, -0.05, 0.2}, {0.4, -0.1, 0.02, 0.1}, {0.2, -0.2, 0.03, 0}});
    Linear second = new Linear(new double[][] {{0.7, 0.5, 0.01, -0.1}, {0.5, 0, 0, 0.3}, {0.1, -0.4, 0, 0}});
    Calibration calibration = new TemperatureScaling(1.2);
    double[] row = {0.55, 0.8, 6};
    double[] market = {0.52, 0.27, 0.21};
    try (EnsembleModel ensemble = new EnsembleModel(List.of(first, second), new double[] {0.35, 0.65}, calibration,
        7)) {
      double[] forecast = ensemble.predict(new double[][] {row})[0];

      Explanation explanation = Explanation.of(ensemble, row, NAMES, market, forecast, false);

      assertThat(explanation.quadratureError()).isLessThan(1e-12);
      for (int k = 0; k < 3; k++) {
        double sum = market[k];
        for (Explanation.FactorEffect f : explanation.factors()) {
          sum += f.on(k);
        }
        assertThat(sum).isCloseTo(forecast[k], within(1e-12));
      }
      assertThat(explanation.factors()).extracting(Explanation.FactorEffect::key)
          .containsExactlyInAnyOrder("prices", "elo", "rest", "model");
    }
  }
}
