/**
 * The walk-forward (rolling-origin refits, the out-of-sample forecasts the combination is
 * learned from, tuning before it starts) and the backtest command's reports. Training also runs
 * the walk-forward, over the last year, to learn the served ensemble's weights and calibration
 * from honest out-of-sample forecasts; the forecaster itself is in {@code forecast}.
 */
package com.matchcast.backtest;
