package com.matchcast.cli;

import com.matchcast.outlook.OutlookBacktest;
import com.matchcast.outlook.OutlookScores;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.TimelineReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Walk-forward backtest of season outlooks on football-data files: no server, no database. */
@Command(
    name = "outlook-backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Walk-forward backtest of season outlooks: each league season frozen before its first match and after",
      "a quarter, a half and three quarters of its matches, simulated from what was known that day, scored",
      "(Brier, log loss, calibration) against the final table of its results, beside the same simulation",
      "from Elo-only probabilities. The strength spread is chosen on the development seasons only."
    })
public class OutlookBacktestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "football-data directory")
  Path data;

  @Option(names = "--leagues", defaultValue = "E0,SP1,D1,I1,F1", split = ",", description = "(default: ${DEFAULT-VALUE})")
  List<String> leagues;

  @Option(names = "--first-season", defaultValue = "2014-2015", description = "(default: ${DEFAULT-VALUE})")
  String first;

  @Option(names = "--last-development-season", defaultValue = "2018-2019", description = "(default: ${DEFAULT-VALUE})")
  String lastDevelopment;

  @Option(names = "--last-season", defaultValue = "2023-2024", description = "(default: ${DEFAULT-VALUE})")
  String last;

  @Option(names = "--spreads", defaultValue = "0,0.04,0.08,0.12", split = ",", description = "strength spreads tried (default: ${DEFAULT-VALUE})")
  List<Double> spreads;

  @Option(names = "--simulations", defaultValue = "20000", description = "(default: ${DEFAULT-VALUE})")
  int simulations;

  @Option(names = "--threads", defaultValue = "2", description = "(default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--seed", defaultValue = "20240801", description = "(default: ${DEFAULT-VALUE})")
  long seed;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    List<TimelineMatch> timeline = new TimelineReader().read(List.of(data), java.util.Set.of());
    OutlookScores scores = new OutlookScores(lastDevelopment);
    new OutlookBacktest(spreads, simulations, seed, threads).run(timeline, leagues, first, last, scores::add);
    double chosen = scores.chosenSpread(spreads);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "Leagues %s, seasons %s to %s (development to %s), %d simulations; chosen spread %.2f%n%n",
        String.join(",", leagues), first, last, lastDevelopment, simulations, chosen);
    scores.report(spreads, chosen).forEach(out::println);
    out.printf(Locale.ROOT, "%nDuration %.0f s%n", (System.nanoTime() - started) / 1e9);
    out.flush();
    return 0;
  }
}
