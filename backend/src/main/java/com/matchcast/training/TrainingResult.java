package com.matchcast.training;

import java.time.LocalDate;
import java.util.Map;

/**
 * A registered model version, how it scored out of sample over the last year before training,
 * and how many rating-history points were stored.
 */
public record TrainingResult(long versionId, boolean promoted, String promotionReason, LocalDate trainedFrom, LocalDate trainedTo,
    int trainingMatches, String combination, Map<String, Double> metrics, long ratingPoints) {}
