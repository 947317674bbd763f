package com.matchcast.model;

import java.util.List;

/**
 * Where a fitted model came from: the learner kind, the effective parameters (defaults merged
 * with the caller's, plus what fitting decided, such as the rounds kept by early stopping),
 * the seed and the feature columns it expects, in order.
 */
public record Provenance(String kind, ModelParameters parameters, long seed, List<String> featureNames) {

  public Provenance {
    featureNames = List.copyOf(featureNames);
  }
}
