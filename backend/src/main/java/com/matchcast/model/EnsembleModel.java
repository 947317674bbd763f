package com.matchcast.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The deployable forecaster: members pooled with learned weights, then calibrated. Its bytes
 * hold every member's own artifact, the weights, the calibration and the feature names.
 */
public final class EnsembleModel implements OutcomeModel {

  public static final String KIND = "ensemble";

  private final List<OutcomeModel> members;
  private final double[] weights;
  private final Calibration calibration;
  private final Provenance provenance;

  public EnsembleModel(List<OutcomeModel> members, double[] weights, Calibration calibration, long seed) {
    if (members.isEmpty() || members.size() != weights.length) {
      throw new IllegalArgumentException("an ensemble needs one weight per member, and at least one member");
    }
    this.members = List.copyOf(members);
    this.weights = weights.clone();
    this.calibration = calibration;
    this.provenance = new Provenance(KIND, describe(members, weights), seed,
        members.get(0).provenance().featureNames());
  }

  private static ModelParameters describe(List<OutcomeModel> members, double[] weights) {
    TreeMap<String, Double> values = new TreeMap<>();
    for (int m = 0; m < weights.length; m++) {
      values.put("weight_" + m + "_" + members.get(m).kind(), weights[m]);
    }
    return new ModelParameters(values);
  }

  @Override
  public double[][] predict(double[][] features) {
    List<double[][]> forecasts = new ArrayList<>();
    for (OutcomeModel member : members) {
      forecasts.add(member.predict(features));
    }
    return calibration.calibrate(Ensemble.pool(forecasts, weights));
  }

  /**
   * The weight-averaged members' contributions. Every member explains a softmax score, so the
   * scales agree; pooling and calibration are not linear in them, so this explains the
   * ensemble approximately, not exactly.
   */
  @Override
  public double[][] contributions(double[] row) {
    double[][] out = new double[3][row.length + 1];
    for (int m = 0; m < members.size(); m++) {
      double[][] c = members.get(m).contributions(row);
      for (int k = 0; k < 3; k++) {
        for (int j = 0; j <= row.length; j++) {
          out[k][j] += weights[m] * c[k][j];
        }
      }
    }
    return out;
  }

  public List<OutcomeModel> members() {
    return members;
  }

  public double[] weights() {
    return weights.clone();
  }

  public Calibration calibration() {
    return calibration;
  }

  @Override
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(members.size());
      for (int m = 0; m < members.size(); m++) {
        byte[] member = members.get(m).toBytes();
        out.writeDouble(weights[m]);
        out.writeInt(member.length);
        out.write(member);
      }
      out.writeUTF(calibration.kind());
      double[] parameters = calibration.parameters();
      out.writeInt(parameters.length);
      for (double p : parameters) {
        out.writeDouble(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ModelCodec.write(provenance, bytes.toByteArray());
  }

  static EnsembleModel read(Provenance provenance, byte[] payload) throws IOException {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload))) {
      int count = in.readInt();
      List<OutcomeModel> members = new ArrayList<>();
      double[] weights = new double[count];
      for (int m = 0; m < count; m++) {
        weights[m] = in.readDouble();
        members.add(ModelCodec.readModel(in));
      }
      String kind = in.readUTF();
      double[] parameters = new double[in.readInt()];
      for (int p = 0; p < parameters.length; p++) {
        parameters[p] = in.readDouble();
      }
      return new EnsembleModel(members, weights, Calibration.restore(kind, parameters), provenance.seed());
    }
  }

  @Override
  public Provenance provenance() {
    return provenance;
  }

  @Override
  public void close() {
    members.forEach(OutcomeModel::close);
  }
}
