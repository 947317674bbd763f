package com.matchcast.backtest;

import com.matchcast.evaluation.EvaluationReport;
import java.util.List;

/**
 * The backtest report: the command as run, the walk-forward's settings, the metrics of the
 * model and the market on the same matches, and what the run cost.
 *
 * @param tuning       what the hyperparameter search tried and chose per member
 * @param combinations the ensemble weights and calibration learned at each refit date
 */
public record BacktestReport(
    String command,
    String modelVersion,
    List<String> leagues,
    List<String> trainLeagues,
    String from,
    String to,
    String refit,
    String warmUp,
    String trainingWindow,
    String recencyHalfLife,
    long seed,
    int forecasts,
    int features,
    List<String> featureNames,
    List<String> tuning,
    List<String> combinations,
    double durationSeconds,
    double peakResidentMemoryMiB,
    double peakHeapMiB,
    EvaluationReport evaluation) {}
