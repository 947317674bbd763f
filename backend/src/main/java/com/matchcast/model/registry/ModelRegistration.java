package com.matchcast.model.registry;

import com.matchcast.model.OutcomeModel;
import com.matchcast.model.Provenance;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the trainer knows about a new model version when it registers it; the registry adds the
 * id, creation time and artifact location.
 *
 * @param metrics evaluation scores by name, e.g. {@code log_loss}, {@code rps} on the backtest
 */
public record ModelRegistration(String name, Provenance provenance, LocalDate trainedFrom, LocalDate trainedTo,
    String dataHash, Map<String, Double> metrics) {

  public ModelRegistration {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw new IllegalArgumentException("a model name must have 1 to 100 characters");
    }
    metrics = new TreeMap<>(metrics);
  }

  public static ModelRegistration of(String name, OutcomeModel model, LocalDate trainedFrom, LocalDate trainedTo,
      String dataHash, Map<String, Double> metrics) {
    return new ModelRegistration(name, model.provenance(), trainedFrom, trainedTo, dataHash, metrics);
  }
}
