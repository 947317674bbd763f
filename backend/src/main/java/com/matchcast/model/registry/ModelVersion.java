package com.matchcast.model.registry;

import com.matchcast.model.ModelParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One registered model: what it is, what it was trained on, how it scored and where its
 * artifact lies in the model store.
 *
 * @param trainedFrom  first match date of the training window
 * @param trainedTo    last match date of the training window
 * @param dataHash     hash of the training data, so a retrain on the same data can be recognised
 * @param artifactPath path of the artifact relative to the model store
 * @param status       READY, or RETIRED once it may no longer be promoted
 */
public record ModelVersion(long id, String name, String kind, Instant createdAt, LocalDate trainedFrom,
    LocalDate trainedTo, String dataHash, long seed, ModelParameters parameters, List<String> features,
    Map<String, Double> metrics, String artifactPath, String artifactSha256, boolean promoted, String status) {

  public static final String READY = "READY";
  public static final String RETIRED = "RETIRED";
}
