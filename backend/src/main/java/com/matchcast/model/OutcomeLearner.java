package com.matchcast.model;

/** Fits an {@link OutcomeModel}; the same data, parameters and seed give the same model. */
public interface OutcomeLearner {

  String kind();

  /** The parameters used where the caller names none. */
  ModelParameters defaults();

  OutcomeModel fit(TrainingSet training, ModelParameters parameters, long seed);

  /**
   * Fits with early stopping on {@code validation}, whose rows the caller guarantees to be later
   * in time than every training row. Learners without iterations ignore it.
   */
  default OutcomeModel fit(TrainingSet training, TrainingSet validation, ModelParameters parameters, long seed) {
    return fit(training, parameters, seed);
  }
}
