package com.matchcast.cli;

import com.matchcast.backtest.Backtest;
import com.matchcast.backtest.BacktestOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Walk-forward backtest on football-data files: no server, no database. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Walk-forward backtest: every forecast comes from models trained only on earlier matches.",
      "Reads football-data directories (<DIV>/<YYYY-YYYY>.csv); every match before --from is history.",
      "Writes one row per match of the leagues in the range, and optionally a JSON report of the metrics",
      "for the model and the market on the same matches."
    })
public class BacktestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "football-data directory; repeatable")
  List<Path> data;

  @Option(names = "--leagues", required = true, split = ",", paramLabel = "CODES", description = "divisions to forecast, e.g. E0,SP1,D1,I1,F1")
  List<String> leagues;

  @Option(names = "--from", required = true, paramLabel = "DATE", description = "first match date forecast (ISO)")
  LocalDate from;

  @Option(names = "--to", required = true, paramLabel = "DATE", description = "last match date forecast (ISO)")
  LocalDate to;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "predictions CSV")
  Path out;

  @Option(names = "--report", paramLabel = "FILE", description = "metrics report (JSON)")
  Path report;

  @Option(names = "--members-out", paramLabel = "FILE", description = "diagnostics: every member's own forecasts, warm-up included (CSV)")
  Path membersOut;

  @Option(names = "--train-leagues", split = ",", paramLabel = "CODES", description = "divisions whose matches train the models (default: --leagues)")
  List<String> trainLeagues = List.of();

  @Option(names = "--refit", defaultValue = "P1M", paramLabel = "PERIOD", description = "refit cadence, ISO-8601 period (default: ${DEFAULT-VALUE}, monthly)")
  Period refit;

  @Option(names = "--warm-up", defaultValue = "P2Y", paramLabel = "PERIOD", description = "walk-forward before --from, to learn ensemble weights and calibration out of sample (default: ${DEFAULT-VALUE})")
  Period warmUp;

  @Option(names = "--warm-up-refit", defaultValue = "P3M", paramLabel = "PERIOD", description = "refit cadence during the warm-up, whose forecasts only teach the combiner (default: ${DEFAULT-VALUE}, quarterly)")
  Period warmUpRefit;

  @Option(names = "--training-window", defaultValue = "P12Y", paramLabel = "PERIOD", description = "how far back training rows reach from each refit (default: ${DEFAULT-VALUE})")
  Period trainingWindow;

  @Option(names = "--recency-half-life", defaultValue = "P0D", paramLabel = "PERIOD", description = "age at which a training match counts half as much as a fresh one; P0D (the default) for equal weights")
  Period recencyHalfLife;

  @Option(names = "--tune-trials", defaultValue = "6", description = "hyperparameter trials per member, tuned walk-forward on the two years before the first refit; 0 to use the defaults (default: ${DEFAULT-VALUE})")
  int tuneTrials;

  @Option(names = "--tune-budget", defaultValue = "PT10M", paramLabel = "DURATION", description = "time box of the whole search; it only cuts trials short, never reorders them (default: ${DEFAULT-VALUE})")
  java.time.Duration tuneBudget;

  @Option(names = "--seed", defaultValue = "20240601", description = "seed of every randomised step (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--threads", defaultValue = "2", description = "native threads for model training (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--prices", defaultValue = "pre-match", paramLabel = "pre-match|closing",
      converter = PricesConverter.class,
      description = "prices the forecasts and their models see: pre-match (default) or closing, the kick-off forecast"
          + " the ledger scores (closing where the files keep it, pre-match before 2019-20)")
  BacktestOptions.Prices prices;

  @Override
  public Integer call() throws Exception {
    quietLibraryLogging();
    for (Path dir : data) {
      if (!Files.isDirectory(dir)) {
        throw new ParameterException(spec.commandLine(), "--data " + dir + " is not a directory");
      }
    }
    if (from.isAfter(to)) {
      throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
    }
    BacktestOptions options = new BacktestOptions(data, new LinkedHashSet<>(upper(leagues)),
        new LinkedHashSet<>(upper(trainLeagues.isEmpty() ? leagues : trainLeagues)), from, to, out, report, membersOut, refit,
        warmUp, warmUpRefit, trainingWindow, recencyHalfLife, tuneTrials, tuneBudget, seed, threads, prices);
    com.matchcast.model.LightGbmLearner.useThreads(threads);
    new Backtest(options, spec.commandLine().getOut(),
        "backtest " + String.join(" ", spec.commandLine().getParseResult().originalArgs())).run();
    return 0;
  }

  /** Without Spring, logback would print the native libraries' start-up chatter at INFO. */
  private static void quietLibraryLogging() {
    if (org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)
        instanceof ch.qos.logback.classic.Logger root) {
      root.setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  static final class PricesConverter implements picocli.CommandLine.ITypeConverter<BacktestOptions.Prices> {
    @Override
    public BacktestOptions.Prices convert(String value) {
      return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
        case "pre-match", "prematch" -> BacktestOptions.Prices.PRE_MATCH;
        case "closing" -> BacktestOptions.Prices.CLOSING;
        default -> throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a price view; use pre-match or closing");
      };
    }
  }

  private static List<String> upper(List<String> codes) {
    return codes.stream().map(c -> c.trim().toUpperCase(java.util.Locale.ROOT)).toList();
  }
}
