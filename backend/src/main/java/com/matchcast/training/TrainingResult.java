package com.matchcast.training;

import java.time.LocalDate;
import java.util.Map;

/** A registered model version and how it scored out of sample over the last year before training. */
public record TrainingResult(long versionId, boolean promoted, LocalDate trainedFrom, LocalDate trainedTo,
    int trainingMatches, String combination, Map<String, Double> metrics) {}
