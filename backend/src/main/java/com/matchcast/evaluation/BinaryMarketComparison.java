package com.matchcast.evaluation;

/**
 * Model and market on a yes/no market ("over_2_5" or "btts"), on the matches where both gave
 * a probability; the difference is model minus market log loss.
 */
public record BinaryMarketComparison(String market, String reference, int matches, double modelLogLoss,
    double marketLogLoss, PairedDifference logLossDifference) {}
