package com.matchcast.evaluation;

/**
 * One bin of a reliability table: the forecasts of one outcome whose probability fell in
 * [lower, upper), the last bin including 1.
 *
 * @param meanPredicted     the mean forecast probability in the bin (confidence)
 * @param observedFrequency how often the outcome happened in the bin
 */
public record ReliabilityBin(double lower, double upper, int count, double meanPredicted, double observedFrequency) {}
