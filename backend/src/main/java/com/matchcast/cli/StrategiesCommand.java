package com.matchcast.cli;

import com.matchcast.betting.ForecastFile;
import com.matchcast.betting.ModelProbabilities;
import com.matchcast.betting.Performance;
import com.matchcast.betting.Staking;
import com.matchcast.betting.Strategy;
import com.matchcast.betting.StrategyBacktest;
import com.matchcast.betting.StrategyBacktest.BettableMatch;
import com.matchcast.betting.StrategyTable;
import com.matchcast.matchdata.Market;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.TimelineReader;
import com.matchcast.timeline.UpcomingMatch;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Walk-forward backtest of the betting strategies on the backtest's out-of-sample forecasts. */
@Command(
    name = "strategies",
    mixinStandardHelpOptions = true,
    description = {
      "Backtests the betting strategies on the walk-forward forecasts of the backtest command (--predictions,",
      "its --out file) and the football-data prices: picks from the forecast and pre-match prices only, staked",
      "from the bankroll before each match day, settled by the results; closing prices give closing-line value.",
      "Defaults to the development period, on which thresholds are chosen."
    })
public class StrategiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "football-data directory; repeatable")
  List<Path> data;

  @Option(names = "--predictions", required = true, paramLabel = "FILE", description = "the backtest command's predictions CSV")
  Path predictions;

  @Option(names = "--leagues", defaultValue = "E0,SP1,D1,I1,F1", split = ",", description = "(default: ${DEFAULT-VALUE})")
  List<String> leagues;

  @Option(names = "--from", defaultValue = "2014-07-01", description = "first match date (default: ${DEFAULT-VALUE})")
  LocalDate from;

  @Option(names = "--to", defaultValue = "2019-06-30", description = "last match date (default: ${DEFAULT-VALUE}, the end of the development period)")
  LocalDate to;

  @Option(names = "--thresholds", defaultValue = "0,0.02,0.05,0.10", split = ",", description = "edges tried by the value and consensus strategies (default: ${DEFAULT-VALUE})")
  List<Double> thresholds;

  @Option(names = "--kelly-fraction", defaultValue = "0.25", description = "share of the full Kelly stake (default: ${DEFAULT-VALUE})")
  double kellyFraction;

  @Option(names = "--seed", defaultValue = "20240601", description = "seed of the bootstrap (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--prices-of", paramLabel = "BOOKMAKER", description = "take only this bookmaker's pre-match prices"
      + " (as stored, e.g. Pinnacle) instead of the best across bookmakers; the market average stays the consensus")
  String pricesOf;

  @Option(names = "--curve", paramLabel = "FILE", description = "every strategy's bankroll after each betting day (CSV)")
  Path curve;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    Map<String, ModelProbabilities> forecasts;
    try (Reader in = Files.newBufferedReader(predictions)) {
      forecasts = ForecastFile.read(in);
    }
    Set<String> wanted = Set.copyOf(leagues.stream().map(l -> l.trim().toUpperCase(Locale.ROOT)).toList());
    int played = 0;
    List<BettableMatch> bettable = new ArrayList<>();
    for (TimelineMatch match : new TimelineReader().read(data, Set.of(), to)) {
      UpcomingMatch m = match.upcoming();
      if (match.isPlayed() && wanted.contains(m.division()) && !m.date().isBefore(from) && !m.date().isAfter(to)) {
        played++;
        BettableMatch bettableMatch = BettableMatch.of(match,
            forecasts.get(ForecastFile.key(m.division(), m.date(), m.homeTeam(), m.awayTeam())));
        if (bettableMatch != null) {
          bettable.add(pricesOf == null ? bettableMatch : bettableMatch.pricedBy(pricesOf));
        }
      }
    }
    StrategyBacktest backtest = new StrategyBacktest(kellyFraction, 100, seed);
    Map<Strategy, Performance> results = backtest.run(strategies(), bettable);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "Leagues %s, %s to %s: played matches %d, with a forecast: %d; Kelly fraction %.2f,"
        + " starting bankroll 100 units (flat stake 1 unit); prices taken: %s%n%n", String.join(",",
        new java.util.TreeSet<>(wanted)), from, to, played, bettable.size(), kellyFraction,
        pricesOf == null ? "the best across bookmakers" : pricesOf + "'s");
    StrategyTable.render(results).forEach(out::println);
    out.printf("%nFlat-staked strategies by market:%n%n");
    StrategyTable.renderNamed(byMarket(backtest, bettable)).forEach(out::println);
    if (curve != null) {
      writeCurve(results);
    }
    out.printf(Locale.ROOT, "%nDuration %.1f s%n", (System.nanoTime() - started) / 1e9);
    out.flush();
    return 0;
  }

  /** Each flat-staked value and consensus strategy's bets of 1X2 and of over/under 2.5 apart. */
  private Map<String, Performance> byMarket(StrategyBacktest backtest, List<BettableMatch> bettable) {
    Map<String, Performance> rows = new java.util.LinkedHashMap<>();
    for (Strategy strategy : strategies()) {
      if (strategy.staking() != Staking.FLAT || strategy.rule() == Strategy.Rule.MARKET_FAVOURITE
          || strategy.rule() == Strategy.Rule.MODEL_FAVOURITE) {
        continue;
      }
      List<com.matchcast.betting.SettledBet> bets = backtest.bets(strategy, bettable);
      for (Market market : List.of(Market.ONE_X_TWO, Market.OVER_UNDER)) {
        rows.put(strategy.name() + (market == Market.ONE_X_TWO ? " 1X2" : " O/U 2.5"),
            backtest.performance(bets.stream().filter(b -> b.selection().market() == market).toList()));
      }
    }
    return rows;
  }

  private List<Strategy> strategies() {
    List<Strategy> strategies = new ArrayList<>();
    strategies.add(new Strategy(Strategy.Rule.MARKET_FAVOURITE, 0, Staking.FLAT));
    strategies.add(new Strategy(Strategy.Rule.MODEL_FAVOURITE, 0, Staking.FLAT));
    for (double threshold : thresholds) {
      strategies.add(new Strategy(Strategy.Rule.CONSENSUS, threshold, Staking.FLAT));
    }
    for (double threshold : thresholds) {
      strategies.add(new Strategy(Strategy.Rule.VALUE, threshold, Staking.FLAT));
    }
    for (double threshold : thresholds) {
      strategies.add(new Strategy(Strategy.Rule.VALUE, threshold, Staking.KELLY));
    }
    return strategies;
  }

  private void writeCurve(Map<Strategy, Performance> results) throws java.io.IOException {
    try (Writer out = Files.newBufferedWriter(curve)) {
      out.write("strategy,date,bankroll\n");
      for (Map.Entry<Strategy, Performance> entry : results.entrySet()) {
        for (Performance.BankrollPoint point : entry.getValue().bankrollCurve()) {
          out.write(String.format(Locale.ROOT, "%s,%s,%.4f%n", entry.getKey().name(), point.date(), point.bankroll()));
        }
      }
    }
  }
}
