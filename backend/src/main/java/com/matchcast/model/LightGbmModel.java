package com.matchcast.model;

import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;
import com.microsoft.ml.lightgbm.lightgbmlib;
import java.nio.charset.StandardCharsets;

/**
 * A fitted LightGBM multiclass booster. Its text form is the artifact; the native booster is
 * rebuilt from it and freed on {@link #close()}.
 */
final class LightGbmModel implements OutcomeModel {

  private final String text;
  private final Provenance provenance;
  private SWIGTYPE_p_void booster;

  LightGbmModel(String text, Provenance provenance) {
    this.text = text;
    this.provenance = provenance;
    this.booster = LightGbmNative.boosterFromText(text);
  }

  @Override
  public double[][] predict(double[][] features) {
    double[] flat = LightGbmNative.predict(handle(), features, width(), lightgbmlib.C_API_PREDICT_NORMAL);
    double[][] out = new double[features.length][];
    for (int i = 0; i < features.length; i++) {
      out[i] = Probabilities.normalised(new double[] {flat[3 * i], flat[3 * i + 1], flat[3 * i + 2]});
    }
    return out;
  }

  /** LightGBM keeps init scores out of the model, so the base scores are added to its raw scores here. */
  @Override
  public double[][] predict(double[][] features, double[][] baseScores) {
    if (baseScores == null) {
      return predict(features);
    }
    double[][] scores = margins(features);
    for (int i = 0; i < scores.length; i++) {
      for (int k = 0; k < 3; k++) {
        scores[i][k] += baseScores[i][k];
      }
      Probabilities.softmax(scores[i]);
    }
    return scores;
  }

  /** LightGBM lays contributions out class by class, (features + bias) values each. */
  @Override
  public double[][] contributions(double[] row) {
    int width = width();
    double[] flat = LightGbmNative.predict(handle(), new double[][] {row}, width,
        lightgbmlib.C_API_PREDICT_CONTRIB);
    double[][] out = new double[3][width + 1];
    for (int k = 0; k < 3; k++) {
      System.arraycopy(flat, k * (width + 1), out[k], 0, width + 1);
    }
    return out;
  }

  /** Raw scores per class (init scores are never part of the model). */
  double[][] margins(double[][] features) {
    double[] flat = LightGbmNative.predict(handle(), features, width(), lightgbmlib.C_API_PREDICT_RAW_SCORE);
    double[][] out = new double[features.length][3];
    for (int i = 0; i < features.length; i++) {
      System.arraycopy(flat, 3 * i, out[i], 0, 3);
    }
    return out;
  }

  @Override
  public byte[] toBytes() {
    return ModelCodec.write(provenance, text.getBytes(StandardCharsets.UTF_8));
  }

  static LightGbmModel read(Provenance provenance, byte[] payload) {
    return new LightGbmModel(new String(payload, StandardCharsets.UTF_8), provenance);
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public synchronized void close() {
    if (booster != null) {
      LightGbmNative.free(booster);
      booster = null;
    }
  }

  private synchronized SWIGTYPE_p_void handle() {
    if (booster == null) {
      throw new IllegalStateException("LightGBM model already closed");
    }
    return booster;
  }

  private int width() {
    return provenance.featureNames().size();
  }
}
