package com.matchcast.backtest;

import com.matchcast.feature.FeatureMatrix;
import com.matchcast.forecast.EnsembleMember;
import com.matchcast.forecast.LearnerMember;
import com.matchcast.model.Fold;
import com.matchcast.model.HyperparameterSearch;
import com.matchcast.model.LightGbmLearner;
import com.matchcast.model.LogisticLearner;
import com.matchcast.model.ModelParameters;
import com.matchcast.model.SearchSpace;
import com.matchcast.model.TrainingSet;
import com.matchcast.model.XGBoostLearner;
import com.matchcast.timeline.TimelineMatch;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Hyperparameter tuning before the walk-forward starts: a seeded random search per member,
 * scored walk-forward on the two years before the first refit date (train on what precedes
 * each validation year), so no tuned value has seen a match it will later forecast.
 */
public final class Tuning {

  /** Tuned parameters per member, and what the search tried. */
  public record Outcome(List<EnsembleMember> members, List<String> log) {}

  private final int trials;
  private final Duration budget;

  public Tuning(int trials, Duration budget) {
    this.trials = trials;
    this.budget = budget;
  }

  public Outcome tune(List<EnsembleMember> members, List<TimelineMatch> timeline, FeatureMatrix matrix,
      WalkForwardPlan plan) {
    LocalDate end = plan.start();
    int[] rows = IntStream.range(0, timeline.size())
        .filter(i -> timeline.get(i).isPlayed() && plan.trainLeagues().contains(timeline.get(i).upcoming().division())
            && timeline.get(i).upcoming().date().isBefore(end) && matrix.rows()[i] != null
            && (plan.trainingWindow() == null
                || !timeline.get(i).upcoming().date().isBefore(end.minus(plan.trainingWindow()))))
        .toArray();
    List<Fold> folds = List.of(fold(timeline, rows, end.minusYears(2), end.minusYears(1)),
        fold(timeline, rows, end.minusYears(1), end));
    int[] outcomes = IntStream.of(rows).map(i -> timeline.get(i).outcome().result()).toArray();
    Duration each = budget.dividedBy(Math.max(1, members.size()));
    List<EnsembleMember> tuned = new ArrayList<>();
    List<String> log = new ArrayList<>();
    for (EnsembleMember member : members) {
      LearnerMember learnerMember = (LearnerMember) member;
      TrainingSet data = learnerMember.trainingSet(matrix.select(rows), outcomes, null);
      HyperparameterSearch.Result result = new HyperparameterSearch(learnerMember.learner(),
          space(learnerMember), learnerMember.parameters(), HyperparameterSearch.Score.RPS)
          .search(data, folds, trials, each, plan.seed());
      tuned.add(learnerMember.withParameters(result.best().parameters()));
      log.add(String.format(java.util.Locale.ROOT, "%s: %d trials, best RPS %.5f with %s", member.name(),
          result.trials().size(), result.best().meanScore(), result.best().parameters().values()));
    }
    return new Outcome(tuned, log);
  }

  /** Positions (in {@code rows}) trained on before {@code from}, validated on [from, to). */
  private static Fold fold(List<TimelineMatch> timeline, int[] rows, LocalDate from, LocalDate to) {
    List<Integer> train = new ArrayList<>();
    List<Integer> validation = new ArrayList<>();
    for (int p = 0; p < rows.length; p++) {
      LocalDate date = timeline.get(rows[p]).upcoming().date();
      if (date.isBefore(from)) {
        train.add(p);
      } else if (date.isBefore(to)) {
        validation.add(p);
      }
    }
    return new Fold(train.stream().mapToInt(Integer::intValue).toArray(),
        validation.stream().mapToInt(Integer::intValue).toArray());
  }

  private static SearchSpace space(LearnerMember member) {
    return switch (member.learner().kind()) {
      case LightGbmLearner.KIND -> SearchSpace.of(Map.of(
          "learning_rate", new SearchSpace.LogUniform(0.01, 0.1), "num_leaves", new SearchSpace.Whole(4, 31),
          "min_data_in_leaf", new SearchSpace.Whole(50, 400), "feature_fraction", new SearchSpace.Uniform(0.3, 0.9),
          "lambda_l2", new SearchSpace.LogUniform(0.1, 30), "rounds", new SearchSpace.Whole(80, 300)));
      case XGBoostLearner.KIND -> SearchSpace.of(Map.of(
          "eta", new SearchSpace.LogUniform(0.01, 0.1), "max_depth", new SearchSpace.Whole(2, 5),
          "min_child_weight", new SearchSpace.LogUniform(5, 200), "colsample_bytree", new SearchSpace.Uniform(0.3, 0.9),
          "rounds", new SearchSpace.Whole(80, 300)));
      case LogisticLearner.KIND -> SearchSpace.of(Map.of("l2", new SearchSpace.LogUniform(1e-4, 1e-1)));
      default -> throw new IllegalArgumentException("no search space for " + member.learner().kind());
    };
  }
}
