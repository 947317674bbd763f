package com.matchcast.evaluation;

/**
 * Model and one market reference scored on the same matches: those where the reference had
 * 1X2 prices. The differences are model minus market, so for RPS and log loss negative
 * favours the model; the accuracy difference is the model's share of correct picks minus the
 * market's, positive favouring the model, its interval showing whether a gap is more than luck.
 */
public record MarketComparison(String reference, Scores model, Scores market,
    PairedDifference rankedProbabilityScoreDifference, PairedDifference logLossDifference,
    PairedDifference accuracyDifference) {}
