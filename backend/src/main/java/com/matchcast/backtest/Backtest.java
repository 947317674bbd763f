package com.matchcast.backtest;

import com.matchcast.evaluation.EvaluatedMatch;
import com.matchcast.evaluation.EvaluationReport;
import com.matchcast.evaluation.EvaluationTable;
import com.matchcast.evaluation.Evaluator;
import com.matchcast.feature.FeatureMatrix;
import com.matchcast.feature.FeaturePipeline;
import com.matchcast.forecast.EnsembleMember;
import com.matchcast.forecast.ForecastSetup;
import com.matchcast.timeline.KickoffPrices;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.TimelineReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backtest command's work: read the files, compute leak-free features for every match,
 * walk forward, write the predictions file and the report.
 */
public final class Backtest {

  private final BacktestOptions options;
  private final PrintWriter console;
  private final String commandLine;
  private final List<String> combinations = new ArrayList<>();
  private final List<String> tuning = new ArrayList<>();

  public Backtest(BacktestOptions options, PrintWriter console, String commandLine) {
    this.options = options;
    this.console = console;
    this.commandLine = commandLine;
  }

  public void run() throws IOException {
    Instant started = Instant.now();
    WalkForwardPlan plan = options.plan();
    List<TimelineMatch> stored = timeline(plan);
    List<TimelineMatch> timeline = options.prices() == BacktestOptions.Prices.CLOSING
        ? KickoffPrices.atKickoff(stored) : stored;
    ForecastSetup setup = ForecastSetup.standard(options.seed(), options.threads());
    FeatureMatrix matrix = new FeaturePipeline(setup.sources()).run(timeline,
        m -> (plan.leagues().contains(m.division()) || plan.trainLeagues().contains(m.division()))
            && !m.date().isBefore(plan.start().minus(plan.trainingWindow())));
    List<EnsembleMember> members = tuned(setup.members(), timeline, matrix, plan);
    WalkForward walkForward = new WalkForward(members, setup.combiner(), setup.goals(matrix), setup.version());
    List<MatchForecast> forecasts;
    try (MemberForecastsCsv memberFile = options.membersOut() == null ? null
        : new MemberForecastsCsv(Files.newBufferedWriter(options.membersOut()))) {
      forecasts = walkForward.run(timeline, matrix, plan, progress(memberFile));
    }
    try (Writer out = Files.newBufferedWriter(options.out())) {
      PredictionsCsv.write(forecasts, out);
    }
    EvaluationReport evaluation = evaluate(forecasts, stored);
    double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
    console.printf("%d forecasts written to %s in %.1f s%n%n%s%n", forecasts.size(), options.out(), seconds,
        EvaluationTable.render(evaluation));
    if (options.report() != null) {
      writeReport(new BacktestReport(commandLine, setup.version(), List.copyOf(plan.leagues()),
          List.copyOf(plan.trainLeagues()), plan.from().toString(), plan.to().toString(), plan.refitEvery().toString(),
          plan.warmUp() + " refitted every " + plan.warmUpRefitEvery(), String.valueOf(plan.trainingWindow()),
          String.valueOf(plan.recencyHalfLife()), plan.seed(), forecasts.size(),
          matrix.columns().size(), matrix.names(), tuning, combinations, seconds, PeakMemory.residentMiB(),
          PeakMemory.heapMiB(), evaluation));
    }
  }

  /** Every match in the data up to the last reported date; refused when none is to be forecast. */
  private List<TimelineMatch> timeline(WalkForwardPlan plan) {
    List<TimelineMatch> timeline = new TimelineReader().read(options.data(), Set.of(), plan.to());
    if (timeline.stream().noneMatch(m -> plan.leagues().contains(m.upcoming().division())
        && !m.upcoming().date().isBefore(plan.from()))) {
      throw new IllegalArgumentException("no match of " + plan.leagues() + " between " + plan.from() + " and "
          + plan.to() + " in " + options.data());
    }
    return timeline;
  }

  private List<EnsembleMember> tuned(List<EnsembleMember> members, List<TimelineMatch> timeline,
      FeatureMatrix matrix, WalkForwardPlan plan) {
    if (options.tuneTrials() <= 0) {
      return members;
    }
    Tuning.Outcome tuned = new Tuning(options.tuneTrials(), options.tuneBudget()).tune(members, timeline, matrix, plan);
    tuning.addAll(tuned.log());
    tuned.log().forEach(line -> console.println("tuned " + line));
    return tuned.members();
  }

  /**
   * Scores each forecast against the stored match, so that the pre-match references are the
   * pre-match prices even when the forecasts saw the closing ones.
   */
  private static EvaluationReport evaluate(List<MatchForecast> forecasts, List<TimelineMatch> stored) {
    return new Evaluator().evaluate(forecasts.stream()
        .filter(f -> f.match().isPlayed())
        .map(f -> EvaluatedMatch.of(stored.get(f.match().upcoming().index()), f.outcomeProbabilities(),
            f.overTwoAndAHalf(), f.bothTeamsScore()))
        .toList());
  }

  private WalkForward.Progress progress(MemberForecastsCsv members) {
    return new WalkForward.Progress() {
      @Override
      public void refitted(LocalDate refit, int trained, int forecast, String combination) {
        combinations.add(refit + ": " + combination);
        console.printf("refit %s: trained on %d matches, forecast %d; %s%n", refit, trained, forecast, combination);
        console.flush();
      }

      @Override
      public void membersForecast(TimelineMatch match, List<String> names, double[][] memberRows) {
        if (members != null) {
          members.write(match, names, memberRows);
        }
      }
    };
  }

  private void writeReport(BacktestReport report) throws IOException {
    JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(options.report().toFile(), report);
  }
}
