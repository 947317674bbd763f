/**
 * The production forecaster: the standard feature sources, the ensemble members, how their
 * forecasts are combined and calibrated, the goal markets read from one score grid, and the
 * recency weighting of training rows. The backtest, training and the prediction service all
 * build their forecasts from here, so the backtest measures what is served. Nothing here
 * depends on the backtest or on training.
 */
package com.matchcast.forecast;
