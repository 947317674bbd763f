package com.matchcast.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * Seeded random search, scored walk-forward. Trial 0 is the learner's defaults overridden by the
 * base parameters; later trials draw from the space. The candidates depend only on the seed, and
 * the time box only decides how many of them run, so a seed and a trial count always give the
 * same result.
 */
public final class HyperparameterSearch {

  /** How validation forecasts are scored; lower is better for both. */
  public enum Score { LOG_LOSS, RPS }

  /** One evaluated candidate: its parameters, mean validation score and per-fold scores. */
  public record Trial(int index, ModelParameters parameters, double meanScore, double[] foldScores) {}

  /** The best candidate and the log of every trial that ran, in order. */
  public record Result(Trial best, List<Trial> trials) {}

  private final OutcomeLearner learner;
  private final SearchSpace space;
  private final ModelParameters base;
  private final Score score;
  private final LongSupplier nanoTime;

  public HyperparameterSearch(OutcomeLearner learner, SearchSpace space, ModelParameters base, Score score) {
    this(learner, space, base, score, System::nanoTime);
  }

  HyperparameterSearch(OutcomeLearner learner, SearchSpace space, ModelParameters base, Score score,
      LongSupplier nanoTime) {
    this.learner = learner;
    this.space = space;
    this.base = base;
    this.score = score;
    this.nanoTime = nanoTime;
  }

  /** Runs up to {@code maxTrials} trials, starting none once {@code budget} has passed (at least one runs). */
  public Result search(TrainingSet data, List<Fold> folds, int maxTrials, Duration budget, long seed) {
    long deadline = nanoTime.getAsLong() + budget.toNanos();
    Random random = new Random(seed);
    List<Trial> trials = new ArrayList<>();
    for (int index = 0; index < maxTrials; index++) {
      ModelParameters candidate = index == 0 ? base : base.with(space.draw(random));
      if (index > 0 && nanoTime.getAsLong() > deadline) {
        break;
      }
      trials.add(evaluate(index, candidate, data, folds, seed));
    }
    Trial best = trials.stream().min(Comparator.comparingDouble(Trial::meanScore)).orElseThrow();
    return new Result(best, List.copyOf(trials));
  }

  private Trial evaluate(int index, ModelParameters candidate, TrainingSet data, List<Fold> folds, long seed) {
    double[] scores = new double[folds.size()];
    double sum = 0;
    for (int f = 0; f < folds.size(); f++) {
      TrainingSet validation = data.rows(folds.get(f).validation());
      try (OutcomeModel model = learner.fit(data.rows(folds.get(f).train()), candidate, seed)) {
        double[][] forecasts = model.predict(validation.features(), validation.baseScores());
        scores[f] = score == Score.LOG_LOSS ? Metrics.logLoss(forecasts, validation.outcomes())
            : Metrics.rankedProbabilityScore(forecasts, validation.outcomes());
      }
      sum += scores[f];
    }
    return new Trial(index, learner.defaults().with(candidate), sum / folds.size(), scores);
  }
}
