package com.matchcast.model;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;

/**
 * A boosted model trained to correct an {@link Anchor}: its forecast is softmax(anchor's
 * log-probabilities + the trees' raw scores). The explanation shows both parts: the anchor's
 * log-probability sits at the column it came from, the trees' corrections at theirs.
 */
public final class AnchoredModel implements OutcomeModel {

  public static final String KIND = "anchored";

  private final Anchor anchor;
  private final OutcomeModel inner;

  public AnchoredModel(Anchor anchor, OutcomeModel inner) {
    this.anchor = anchor;
    this.inner = inner;
  }

  @Override
  public double[][] predict(double[][] features) {
    return inner.predict(features, anchor.scores(features));
  }

  @Override
  public double[][] contributions(double[] row) {
    double[] base = anchor.scores(new double[][] {row})[0];
    double[][] out = inner.contributions(row, base);
    int[] columns = anchor.chosen(row);
    if (columns != null) {
      for (int k = 0; k < 3; k++) {
        out[k][row.length] -= base[k];
        out[k][columns[k]] += base[k];
      }
    }
    return out;
  }

  @Override
  public byte[] toBytes() {
    return ModelCodec.writeWrapper(provenance(), anchor::write, inner);
  }

  @Override
  public Provenance provenance() {
    Provenance of = inner.provenance();
    return new Provenance(KIND, of.parameters(), of.seed(), of.featureNames());
  }

  @Override
  public void close() {
    inner.close();
  }

  static AnchoredModel read(Provenance provenance, byte[] payload) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      Anchor anchor = Anchor.read(in);
      return new AnchoredModel(anchor, ModelCodec.readModel(in));
    }
  }
}
