package com.matchcast.model;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.List;

/**
 * A model that reads only some columns of the full feature row (optionally as logarithms), so
 * that ensemble members with different inputs share one row layout when served.
 */
public final class FeatureViewModel implements OutcomeModel {

  public static final String KIND = "feature-view";

  private final FeatureView view;
  private final OutcomeModel inner;
  private final List<String> fullFeatureNames;

  public FeatureViewModel(FeatureView view, OutcomeModel inner, List<String> fullFeatureNames) {
    this.view = view;
    this.inner = inner;
    this.fullFeatureNames = List.copyOf(fullFeatureNames);
  }

  @Override
  public double[][] predict(double[][] features) {
    return inner.predict(view.apply(features));
  }

  @Override
  public double[][] predict(double[][] features, double[][] baseScores) {
    return inner.predict(view.apply(features), baseScores);
  }

  /** The inner model's contributions, put back at the columns of the full row. */
  @Override
  public double[][] contributions(double[] row) {
    return placed(row, inner.contributions(view.apply(new double[][] {row})[0]));
  }

  @Override
  public double[][] contributions(double[] row, double[] baseScores) {
    return placed(row, inner.contributions(view.apply(new double[][] {row})[0], baseScores));
  }

  private double[][] placed(double[] row, double[][] local) {
    double[][] out = new double[3][row.length + 1];
    for (int k = 0; k < 3; k++) {
      for (int c = 0; c < view.width(); c++) {
        out[k][view.column(c)] += local[k][c];
      }
      out[k][row.length] = local[k][view.width()];
    }
    return out;
  }

  @Override
  public byte[] toBytes() {
    return ModelCodec.writeWrapper(provenance(), view::write, inner);
  }

  @Override
  public Provenance provenance() {
    Provenance of = inner.provenance();
    return new Provenance(KIND, of.parameters(), of.seed(), fullFeatureNames);
  }

  @Override
  public void close() {
    inner.close();
  }

  static FeatureViewModel read(Provenance provenance, byte[] payload) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      FeatureView view = FeatureView.read(in);
      OutcomeModel inner = ModelCodec.readModel(in);
      return new FeatureViewModel(view, inner, provenance.featureNames());
    }
  }
}
