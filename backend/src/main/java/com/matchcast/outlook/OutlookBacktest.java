package com.matchcast.outlook;

import com.matchcast.goals.AnchoredScoreGrid;
import com.matchcast.goals.GoalObservation;
import com.matchcast.goals.ScoreGrid;
import com.matchcast.rating.EloFeatures;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The walk-forward backtest of season outlooks: each league season's outlook frozen before its
 * first match and after a quarter, a half and three quarters of its matches (the day the next
 * match is played: results of earlier days only), scored against the final table its results
 * make. The outlook is the service's: its goal model (Dixon-Coles on the league and the division
 * below, three years of results before the day) and a strength spread; the baseline plays the same
 * simulation from Elo-only probabilities (the engine's Elo, learned on every division's results
 * before the day, its ordered-logit 1X2, made into a score grid anchored to the league's share of
 * matches over 2.5 goals in the same window).
 */
public final class OutlookBacktest {

  /** Fractions of a season's matches played at each freeze point. */
  static final double[] STAGES = {0, 0.25, 0.5, 0.75};
  static final String[] STAGE_NAMES = {"before matchday 1", "after a quarter", "after a half", "after three quarters"};
  private static final Map<String, String> DIVISION_BELOW = Map.of("E0", "E1", "SP1", "SP2", "D1", "D2", "I1", "I2",
      "F1", "F2");
  private static final int GOAL_MODEL_YEARS = 3;

  /** One frozen outlook's forecasts of one club, with what happened. */
  public record ClubForecast(String league, String season, int stage, String source, double spread, String club,
      Map<String, Double> probabilities, Map<String, Boolean> happened) {}

  private record FreezePoint(String league, String season, LocalDate day, int stage, List<TimelineMatch> matches) {}

  private final List<Double> spreads;
  private final int simulations;
  private final long seed;
  private final int threads;

  public OutlookBacktest(List<Double> spreads, int simulations, long seed, int threads) {
    this.spreads = List.copyOf(spreads);
    this.simulations = simulations;
    this.seed = seed;
    this.threads = threads;
  }

  /** Runs every freeze point of the seasons from {@code first} to {@code last} (codes such as 2014-2015). */
  public void run(List<TimelineMatch> timeline, List<String> leagues, String first, String last,
      Consumer<ClubForecast> out) {
    TreeMap<LocalDate, List<FreezePoint>> points = new TreeMap<>();
    for (String league : leagues) {
      Map<String, List<TimelineMatch>> seasons = new TreeMap<>();
      timeline.stream().filter(m -> m.upcoming().division().equals(league) && m.isPlayed())
          .filter(m -> m.upcoming().season().compareTo(first) >= 0 && m.upcoming().season().compareTo(last) <= 0)
          .forEach(m -> seasons.computeIfAbsent(m.upcoming().season(), s -> new ArrayList<>()).add(m));
      seasons.forEach((season, matches) -> {
        matches.sort(Comparator.comparing((TimelineMatch m) -> m.upcoming().date()));
        for (int stage = 0; stage < STAGES.length; stage++) {
          LocalDate day = matches.get((int) Math.floor(STAGES[stage] * matches.size())).upcoming().date();
          points.computeIfAbsent(day, d -> new ArrayList<>()).add(new FreezePoint(league, season, day, stage, matches));
        }
      });
    }
    EloFeatures elo = new EloFeatures();
    int learned = 0;
    for (Map.Entry<LocalDate, List<FreezePoint>> entry : points.entrySet()) {
      LocalDate day = entry.getKey();
      while (learned < timeline.size() && timeline.get(learned).upcoming().date().isBefore(day)) {
        TimelineMatch match = timeline.get(learned++);
        if (match.isPlayed()) {
          elo.learn(match.upcoming(), match.outcome());
        }
      }
      for (FreezePoint point : entry.getValue()) {
        freeze(point, timeline, elo, out);
      }
    }
  }

  private void freeze(FreezePoint point, List<TimelineMatch> timeline, EloFeatures elo, Consumer<ClubForecast> out) {
    List<TimelineMatch> season = point.matches();
    List<String> clubs = season.stream().flatMap(m -> java.util.stream.Stream.of(m.upcoming().homeClub(),
        m.upcoming().awayClub())).distinct().sorted().toList();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < clubs.size(); i++) {
      index.put(clubs.get(i), i);
    }
    int n = clubs.size();
    SeasonTable known = new SeasonTable(n);
    SeasonTable whole = new SeasonTable(n);
    boolean[] played = new boolean[n * n];
    for (TimelineMatch match : season) {
      int home = index.get(match.upcoming().homeClub());
      int away = index.get(match.upcoming().awayClub());
      whole.record(home, away, match.outcome().homeGoals(), match.outcome().awayGoals());
      if (match.upcoming().date().isBefore(point.day()) && !played[home * n + away]) {
        known.record(home, away, match.outcome().homeGoals(), match.outcome().awayGoals());
        played[home * n + away] = true;
      }
    }
    LeagueRules rules = LeagueRules.of(point.league());
    int[] finalOrder = new int[n];
    new Ranking(rules.criteria(), n).rank(whole, new SplittableRandom(seed), finalOrder);
    int[] finalPosition = new int[n];
    for (int p = 0; p < n; p++) {
      finalPosition[finalOrder[p]] = p + 1;
    }
    List<GoalObservation> window = window(timeline, point);
    GoalModel goals = GoalModel.fittedOn(window, point.day());
    double overShare = window.stream().filter(o -> o.homeGoals() + o.awayGoals() > 2).count()
        / (double) Math.max(1, window.size());
    List<RemainingFixture> model = new ArrayList<>();
    List<RemainingFixture> baseline = new ArrayList<>();
    for (int home = 0; home < n; home++) {
      for (int away = 0; away < n; away++) {
        if (home != away && !played[home * n + away]) {
          model.add(new RemainingFixture(home, away, goals.grid(clubs.get(home), clubs.get(away))));
          baseline.add(new RemainingFixture(home, away, eloGrid(elo, point, clubs.get(home), clubs.get(away),
              window.isEmpty() ? 0.5 : overShare)));
        }
      }
    }
    for (double spread : spreads) {
      SimulationSettings settings = new SimulationSettings(simulations, seed, spread, threads);
      report(point, "model", spread, SeasonSimulator.simulate(known, model, rules, settings), clubs, finalPosition,
          rules, out);
      report(point, "elo", spread, SeasonSimulator.simulate(known, baseline, rules, settings), clubs, finalPosition,
          rules, out);
    }
  }

  private static ScoreGrid eloGrid(EloFeatures elo, FreezePoint point, String home, String away, double over) {
    UpcomingMatch match = new UpcomingMatch(0, point.league(), point.season(), point.day(), null, home, away, home,
        away, null);
    // a club never rated before (promoted from a division outside the data) starts as the engine starts newcomers
    elo.ratings().enter(home, true);
    elo.ratings().enter(away, true);
    double[] row = new double[elo.definitions().size()];
    elo.describe(match, row, 0);
    double[] p = {row[4], row[5], row[6]};
    return AnchoredScoreGrid.fit(p[0], p[2], over, 1.45, 1.15);
  }

  /** Results of the league and the division below, from three years before the day to the day before. */
  private static List<GoalObservation> window(List<TimelineMatch> timeline, FreezePoint point) {
    LocalDate from = point.day().minusYears(GOAL_MODEL_YEARS);
    String below = DIVISION_BELOW.get(point.league());
    return timeline.stream()
        .filter(m -> m.isPlayed() && m.upcoming().date().isBefore(point.day()) && !m.upcoming().date().isBefore(from))
        .filter(m -> m.upcoming().division().equals(point.league()) || m.upcoming().division().equals(below))
        .map(m -> new GoalObservation(m.upcoming().date(), m.upcoming().homeClub(), m.upcoming().awayClub(),
            m.outcome().homeGoals(), m.outcome().awayGoals()))
        .toList();
  }

  private static void report(FreezePoint point, String source, double spread, SeasonOutlook outlook, List<String> clubs,
      int[] finalPosition, LeagueRules rules, Consumer<ClubForecast> out) {
    int n = clubs.size();
    PlaceBand champions = rules.bands().stream().filter(b -> b.name().equals("champions-league")).findFirst()
        .orElse(new PlaceBand("champions-league", "Champions League", 1, 4));
    PlaceBand relegation = rules.bands().stream().filter(b -> b.name().equals(PlaceBand.RELEGATION)).findFirst()
        .orElse(new PlaceBand(PlaceBand.RELEGATION, "Relegation", -3, -1));
    for (int c = 0; c < n; c++) {
      int position = finalPosition[c];
      Map<String, Double> probabilities = new java.util.LinkedHashMap<>();
      Map<String, Boolean> happened = new java.util.LinkedHashMap<>();
      probabilities.put("title", outlook.probabilityBetween(c, 1, 1));
      happened.put("title", position == 1);
      probabilities.put("champions-league", outlook.probability(c, champions));
      happened.put("champions-league", position >= champions.first(n) && position <= champions.last(n));
      probabilities.put("relegation", outlook.probability(c, relegation));
      happened.put("relegation", position >= relegation.first(n) && position <= relegation.last(n));
      out.accept(new ClubForecast(point.league(), point.season(), point.stage(), source, spread, clubs.get(c),
          probabilities, happened));
    }
  }
}
