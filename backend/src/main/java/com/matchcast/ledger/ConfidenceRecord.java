package com.matchcast.ledger;

/**
 * How the ledger's scored forecasts of one confidence band fared: how often the outcome they
 * favoured happened, and their mean ranked probability score.
 *
 * @param lower    the band's lowest confidence (inclusive)
 * @param upper    the band's highest confidence (exclusive, 1 included in the last band)
 * @param matches  scored forecasts in the band
 * @param accuracy share whose favoured outcome happened; NaN when the band has none
 * @param meanRps  their mean RPS; NaN when the band has none
 */
public record ConfidenceRecord(double lower, double upper, int matches, double accuracy, double meanRps) {}
