package com.matchcast.evaluation;

/**
 * Model and one market reference scored on the same matches: those where the reference had
 * 1X2 prices. The differences are model minus market, so negative favours the model.
 */
public record MarketComparison(String reference, Scores model, Scores market,
    PairedDifference rankedProbabilityScoreDifference, PairedDifference logLossDifference) {}
