package com.matchcast.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** A fitted XGBoost softprob booster, predicting with its first {@code rounds} rounds. */
final class XGBoostModel implements OutcomeModel {

  /** Loaded boosters predict on this many threads; set once, never while predicting. */
  static final int LOADED_THREADS = 2;

  private final Booster booster;
  private final int rounds;
  private final Provenance provenance;
  /** Computed on first use by {@link #intercept()}; racing threads compute the same values. */
  private volatile double[] intercept;

  XGBoostModel(Booster booster, int rounds, Provenance provenance) {
    this.booster = booster;
    this.rounds = rounds;
    this.provenance = provenance;
  }

  @Override
  public double[][] predict(double[][] features) {
    return predict(features, null);
  }

  /**
   * With base scores: softmax(base scores + the trees' margins), as in training, where they were
   * XGBoost's base_margin and took the place of the booster's intercept. xgboost4j 3.4 cannot
   * pass a multiclass base_margin to inplace_predict, so the intercept is taken out of the
   * margins and the base scores added here.
   */
  @Override
  public double[][] predict(double[][] features, double[][] baseScores) {
    if (baseScores == null) {
      return values(features);
    }
    try {
      double[][] scores = margins(features);
      double[] intercept = intercept();
      for (int i = 0; i < scores.length; i++) {
        for (int k = 0; k < 3; k++) {
          scores[i][k] += baseScores[i][k] - intercept[k];
        }
        Probabilities.softmax(scores[i]);
      }
      return scores;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
    }
  }

  /**
   * The booster's per-class intercept: the margin of a row predicted without a base margin minus
   * its margin with a zero base margin (which replaces the intercept), all trees both times.
   */
  private double[] intercept() throws XGBoostError {
    double[] known = intercept;
    if (known != null) {
      return known;
    }
    int width = provenance.featureNames().size();
    float[] row = new float[width];
    java.util.Arrays.fill(row, Float.NaN);
    float[] withIntercept = booster.inplace_predict(row, 1, width, Float.NaN, new int[] {0, 0},
        Booster.PredictionType.kMargin, null)[0];
    DMatrix matrix = new DMatrix(row, 1, width, Float.NaN);
    try {
      XGBoostLearner.setBaseMargin(matrix, new float[3]);
      float[] withoutIntercept = booster.predict(matrix, true)[0];
      double[] computed = new double[3];
      for (int k = 0; k < 3; k++) {
        computed[k] = withIntercept[k] - withoutIntercept[k];
      }
      intercept = computed;
      return computed;
    } finally {
      matrix.dispose();
    }
  }

  private double[][] values(double[][] features) {
    int width = provenance.featureNames().size();
    float[] flat = flatten(features, width);
    try {
      float[][] raw = booster.inplace_predict(flat, features.length, width, Float.NaN, new int[] {0, rounds},
          Booster.PredictionType.kValue, null);
      double[][] out = new double[raw.length][];
      for (int i = 0; i < raw.length; i++) {
        out[i] = Probabilities.normalised(new double[] {raw[i][0], raw[i][1], raw[i][2]});
      }
      return out;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
    }
  }

  /** XGBoost lays contributions out class by class, (features + bias) values each. */
  @Override
  public double[][] contributions(double[] row) {
    int width = row.length;
    DMatrix matrix = null;
    try {
      matrix = new DMatrix(flatten(new double[][] {row}, width), 1, width, Float.NaN);
      float[] raw = booster.predictContrib(matrix, rounds)[0];
      double[][] out = new double[3][width + 1];
      for (int k = 0; k < 3; k++) {
        for (int j = 0; j <= width; j++) {
          out[k][j] = raw[k * (width + 1) + j];
        }
      }
      return out;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost contributions failed: " + e.getMessage(), e);
    } finally {
      if (matrix != null) {
        matrix.dispose();
      }
    }
  }

  @Override
  public double[][] contributions(double[] row, double[] baseScores) {
    double[][] out = contributions(row);
    try {
      double[] intercept = intercept();
      for (int k = 0; k < 3; k++) {
        out[k][row.length] += baseScores[k] - intercept[k];
      }
      return out;
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost contributions failed: " + e.getMessage(), e);
    }
  }

  /** Raw margins per class with the kept rounds (intercept included). */
  double[][] margins(double[][] features) throws XGBoostError {
    int width = provenance.featureNames().size();
    float[][] raw = booster.inplace_predict(flatten(features, width), features.length, width, Float.NaN,
        new int[] {0, rounds}, Booster.PredictionType.kMargin, null);
    double[][] out = new double[raw.length][3];
    for (int i = 0; i < raw.length; i++) {
      for (int k = 0; k < 3; k++) {
        out[i][k] = raw[i][k];
      }
    }
    return out;
  }

  @Override
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      byte[] model = booster.toByteArray("ubj");
      out.writeInt(rounds);
      out.writeInt(model.length);
      out.write(model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost serialisation failed: " + e.getMessage(), e);
    }
    return ModelCodec.write(provenance, bytes.toByteArray());
  }

  static XGBoostModel read(Provenance provenance, byte[] payload) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      int rounds = in.readInt();
      Booster booster = XGBoost.loadModel(in.readNBytes(in.readInt()));
      booster.setParam("nthread", LOADED_THREADS);
      return new XGBoostModel(booster, rounds, provenance);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost model could not be loaded: " + e.getMessage(), e);
    }
  }

  Booster booster() {
    return booster;
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public void close() {
    booster.dispose();
  }

  static float[] flatten(double[][] rows, int width) {
    float[] flat = new float[rows.length * width];
    for (int i = 0; i < rows.length; i++) {
      for (int j = 0; j < width; j++) {
        flat[i * width + j] = (float) rows[i][j];
      }
    }
    return flat;
  }
}
