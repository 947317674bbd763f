package com.matchcast.ledger;

/**
 * How one prediction fared: scored against its match's result and the markets, or voided.
 *
 * @param result 0 home win, 1 draw, 2 away win; null when voided
 */
public record PredictionScore(long predictionId, boolean voided, String voidReason, Integer result, Integer homeGoals,
    Integer awayGoals, Double rps, Double logLoss, Double brier, Double closingRps, Double preMatchRps) {}
