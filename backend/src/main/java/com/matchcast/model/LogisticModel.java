package com.matchcast.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A fitted multinomial logistic regression: softmax of one linear score per outcome. */
final class LogisticModel implements OutcomeModel {

  private final Standardiser standardiser;
  private final double[] coefficients; // [class][design column + bias], flattened
  private final Provenance provenance;

  LogisticModel(Standardiser standardiser, double[] coefficients, Provenance provenance) {
    this.standardiser = standardiser;
    this.coefficients = coefficients;
    this.provenance = provenance;
  }

  @Override
  public double[][] predict(double[][] features) {
    double[][] out = new double[features.length][3];
    for (int i = 0; i < features.length; i++) {
      scores(coefficients, standardiser.transform(features[i]), standardiser.width(), out[i]);
      Probabilities.softmax(out[i]);
    }
    return out;
  }

  /** Coefficient times standardised value, with a missing indicator's share added to its feature. */
  @Override
  public double[][] contributions(double[] row) {
    int features = row.length;
    int width = standardiser.width();
    double[] z = standardiser.transform(row);
    double[][] out = new double[3][features + 1];
    for (int k = 0; k < 3; k++) {
      int base = k * (width + 1);
      for (int c = 0; c < width; c++) {
        out[k][standardiser.featureOf(c)] += coefficients[base + c] * z[c];
      }
      out[k][features] = coefficients[base + width];
    }
    return out;
  }

  static void scores(double[] w, double[] z, int width, double[] out) {
    for (int k = 0; k < 3; k++) {
      int base = k * (width + 1);
      double s = w[base + width];
      for (int j = 0; j < width; j++) {
        s += w[base + j] * z[j];
      }
      out[k] = s;
    }
  }

  @Override
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      standardiser.write(out);
      out.writeInt(coefficients.length);
      for (double c : coefficients) {
        out.writeDouble(c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ModelCodec.write(provenance, bytes.toByteArray());
  }

  static LogisticModel read(Provenance provenance, byte[] payload) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      Standardiser standardiser = Standardiser.read(in);
      double[] coefficients = new double[in.readInt()];
      for (int i = 0; i < coefficients.length; i++) {
        coefficients[i] = in.readDouble();
      }
      return new LogisticModel(standardiser, coefficients, provenance);
    }
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }
}
