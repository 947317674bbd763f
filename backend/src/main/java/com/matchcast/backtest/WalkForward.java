package com.matchcast.backtest;

import com.matchcast.feature.FeatureMatrix;
import com.matchcast.forecast.Combiner;
import com.matchcast.forecast.EnsembleMember;
import com.matchcast.forecast.GoalForecasts;
import com.matchcast.forecast.RecencyWeights;
import com.matchcast.timeline.TimelineMatch;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Rolling-origin evaluation by date. At every refit date each member is trained on the played
 * matches before that date only, then forecasts the matches up to the next refit date. Ensemble
 * weights and calibration are learned from earlier out-of-sample forecasts of the walk-forward
 * itself. Never random folds: a forecast never comes from a model that saw a later match.
 */
public final class WalkForward {

  /** How far back the out-of-sample forecasts used for combining reach from a refit date. */
  private static final Period COMBINER_WINDOW = Period.ofYears(2);
  /** Below this many out-of-sample forecasts the members are simply averaged, uncalibrated. */
  private static final int MIN_COMBINER_ROWS = 500;

  private final List<EnsembleMember> members;
  private final Combiner combiner;
  private final GoalForecasts goals;
  private final String modelVersion;
  private OutOfSampleForecasts outOfSample;

  public WalkForward(List<EnsembleMember> members, Combiner combiner, GoalForecasts goals, String modelVersion) {
    this.members = List.copyOf(members);
    this.combiner = combiner;
    this.goals = goals;
    this.modelVersion = modelVersion;
  }

  /** Hears of each refit: its date, the rows trained on and forecast, and the combination used. */
  public interface Progress {
    void refitted(LocalDate refit, int trained, int forecast, String combination);

    /** Each member's forecast of one match (warm-up included), before combining; for diagnostics. */
    default void membersForecast(TimelineMatch match, List<String> members, double[][] memberRows) {}
  }

  public List<MatchForecast> run(List<TimelineMatch> timeline, FeatureMatrix matrix, WalkForwardPlan plan) {
    return run(timeline, matrix, plan, (refit, trained, forecast, combination) -> { });
  }

  public List<MatchForecast> run(List<TimelineMatch> timeline, FeatureMatrix matrix, WalkForwardPlan plan,
      Progress progress) {
    List<MatchForecast> forecasts = new ArrayList<>();
    outOfSample = new OutOfSampleForecasts(members.size());
    List<LocalDate> refits = plan.refitDates();
    for (int k = 0; k < refits.size(); k++) {
      LocalDate refit = refits.get(k);
      LocalDate next = k + 1 < refits.size() ? refits.get(k + 1) : plan.to().plusDays(1);
      int[] test = indexes(timeline, i -> inPeriod(timeline.get(i), refit, next)
          && (forecast(plan, timeline.get(i)) || trains(plan, timeline.get(i))));
      if (test.length == 0) {
        continue;
      }
      int[] train = trainingRows(timeline, plan, refit);
      List<double[][]> memberForecasts = fitAndForecast(matrix, train, test, outcomes(timeline, train),
          RecencyWeights.of(timeline, train, refit, plan.recencyHalfLife()), plan.seed() + k);
      Combiner.Combination combination = combination(outOfSample, refit);
      progress.refitted(refit, train.length, test.length, combination.describe());
      keep(timeline, plan, test, memberForecasts, combination.apply(memberForecasts), forecasts);
      report(timeline, test, memberForecasts, progress);
    }
    return forecasts;
  }

  /** Played matches of the training divisions before the refit date, within the training window. */
  private static int[] trainingRows(List<TimelineMatch> timeline, WalkForwardPlan plan, LocalDate refit) {
    LocalDate earliest = plan.trainingWindow() == null ? LocalDate.MIN : refit.minus(plan.trainingWindow());
    return indexes(timeline, i -> timeline.get(i).isPlayed() && trains(plan, timeline.get(i))
        && timeline.get(i).upcoming().date().isBefore(refit)
        && !timeline.get(i).upcoming().date().isBefore(earliest));
  }

  /** Keeps the reported forecasts, and the members' forecasts of played matches as out-of-sample data. */
  private void keep(List<TimelineMatch> timeline, WalkForwardPlan plan, int[] test, List<double[][]> memberForecasts,
      double[][] combined, List<MatchForecast> forecasts) {
    for (int t = 0; t < test.length; t++) {
      TimelineMatch match = timeline.get(test[t]);
      if (forecast(plan, match) && !match.upcoming().date().isBefore(plan.from())) {
        forecasts.add(forecastOf(match, combined[t]));
      }
      if (match.isPlayed() && trains(plan, match)) {
        outOfSample.add(match.upcoming().date(), memberForecasts, t, match.outcome().result());
      }
    }
  }

  private void report(List<TimelineMatch> timeline, int[] test, List<double[][]> memberForecasts, Progress progress) {
    List<String> names = members.stream().map(EnsembleMember::name).toList();
    for (int t = 0; t < test.length; t++) {
      double[][] rows = new double[members.size()][];
      for (int m = 0; m < rows.length; m++) {
        rows[m] = memberForecasts.get(m)[t];
      }
      progress.membersForecast(timeline.get(test[t]), names, rows);
    }
  }

  private List<double[][]> fitAndForecast(FeatureMatrix matrix, int[] train, int[] test, int[] outcomes,
      double[] weights, long seed) {
    double[][] trainRows = matrix.select(train);
    double[][] testRows = matrix.select(test);
    List<double[][]> forecasts = new ArrayList<>();
    for (EnsembleMember member : members) {
      try (EnsembleMember.Forecaster fitted = member.fit(trainRows, outcomes, weights, seed)) {
        forecasts.add(fitted.predict(testRows));
      }
    }
    return forecasts;
  }

  /** The combination learned from the last run's out-of-sample forecasts before {@code date}. */
  public Combiner.Combination combinationAt(LocalDate date) {
    return combination(outOfSample, date);
  }

  private Combiner.Combination combination(OutOfSampleForecasts outOfSample, LocalDate refit) {
    OutOfSampleForecasts.Window window = outOfSample.window(refit.minus(COMBINER_WINDOW), refit);
    if (window.size() < MIN_COMBINER_ROWS) {
      return Combiner.Combination.equalWeights(members.stream().map(EnsembleMember::name).toList());
    }
    return combiner.fit(window.memberForecasts(), window.outcomes());
  }

  private MatchForecast forecastOf(TimelineMatch match, double[] p) {
    GoalForecasts.Goals g = goals.of(match.upcoming(), p);
    return new MatchForecast(match, p[0], p[1], p[2], g.overTwoAndAHalf(), g.bothTeamsScore(), g.expectedHomeGoals(),
        g.expectedAwayGoals(), modelVersion);
  }

  private static boolean inPeriod(TimelineMatch match, LocalDate from, LocalDate before) {
    LocalDate date = match.upcoming().date();
    return !date.isBefore(from) && date.isBefore(before);
  }

  private static boolean forecast(WalkForwardPlan plan, TimelineMatch match) {
    return plan.leagues().contains(match.upcoming().division());
  }

  private static boolean trains(WalkForwardPlan plan, TimelineMatch match) {
    return plan.trainLeagues().contains(match.upcoming().division());
  }

  private static int[] indexes(List<TimelineMatch> timeline, IntPredicate keep) {
    return java.util.stream.IntStream.range(0, timeline.size()).filter(keep).toArray();
  }

  private static int[] outcomes(List<TimelineMatch> timeline, int[] rows) {
    int[] outcomes = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      outcomes[i] = timeline.get(rows[i]).outcome().result();
    }
    return outcomes;
  }
}
