package com.matchcast.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The byte form of every model: a magic number, the provenance, then the kind's own payload.
 * Keeping the provenance in the envelope means an artifact explains itself without the registry.
 */
public final class ModelCodec {

  private static final int MAGIC = 0x4d434d31; // "MCM1"

  private ModelCodec() {}

  public static byte[] write(Provenance provenance, byte[] payload) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 1024);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      writeProvenance(out, provenance);
      out.writeInt(payload.length);
      out.write(payload);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Writes a wrapper model's own settings, then the model it wraps. */
  interface Settings {
    void write(DataOutputStream out) throws IOException;
  }

  /** The bytes of a model that wraps another: its settings, then the inner model's own bytes. */
  static byte[] writeWrapper(Provenance provenance, Settings settings, OutcomeModel inner) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      settings.write(out);
      writeModel(out, inner);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return write(provenance, bytes.toByteArray());
  }

  /** One nested model, length-prefixed. */
  static void writeModel(DataOutputStream out, OutcomeModel model) throws IOException {
    byte[] bytes = model.toBytes();
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /** Reads back a model written by {@link #writeModel}. */
  static OutcomeModel readModel(DataInputStream in) throws IOException {
    return read(in.readNBytes(in.readInt()));
  }

  /** Rebuilds the model these bytes describe, whatever its kind. */
  public static OutcomeModel read(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != MAGIC) {
        throw new IllegalArgumentException("not a Matchcast model artifact");
      }
      Provenance provenance = readProvenance(in);
      byte[] payload = in.readNBytes(in.readInt());
      return switch (provenance.kind()) {
        case XGBoostLearner.KIND -> XGBoostModel.read(provenance, payload);
        case LightGbmLearner.KIND -> LightGbmModel.read(provenance, payload);
        case LogisticLearner.KIND -> LogisticModel.read(provenance, payload);
        case EnsembleModel.KIND -> EnsembleModel.read(provenance, payload);
        case FeatureViewModel.KIND -> FeatureViewModel.read(provenance, payload);
        case AnchoredModel.KIND -> AnchoredModel.read(provenance, payload);
        default -> throw new IllegalArgumentException("unknown model kind " + provenance.kind());
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeProvenance(DataOutputStream out, Provenance provenance) throws IOException {
    out.writeUTF(provenance.kind());
    out.writeLong(provenance.seed());
    Map<String, Double> values = provenance.parameters().values();
    out.writeInt(values.size());
    for (Map.Entry<String, Double> e : values.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeDouble(e.getValue());
    }
    out.writeInt(provenance.featureNames().size());
    for (String name : provenance.featureNames()) {
      out.writeUTF(name);
    }
  }

  private static Provenance readProvenance(DataInputStream in) throws IOException {
    String kind = in.readUTF();
    long seed = in.readLong();
    TreeMap<String, Double> values = new TreeMap<>();
    for (int n = in.readInt(); n > 0; n--) {
      values.put(in.readUTF(), in.readDouble());
    }
    List<String> names = new ArrayList<>();
    for (int n = in.readInt(); n > 0; n--) {
      names.add(in.readUTF());
    }
    return new Provenance(kind, new ModelParameters(values), seed, names);
  }
}
