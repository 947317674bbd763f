package com.matchcast.forecast;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.feature.FeatureMatrix;
import com.matchcast.feature.FeatureSource;
import com.matchcast.feature.form.FormFeatures;
import com.matchcast.feature.headtohead.HeadToHeadFeatures;
import com.matchcast.feature.league.LeagueFeatures;
import com.matchcast.feature.schedule.ScheduleFeatures;
import com.matchcast.feature.table.TableFeatures;
import com.matchcast.goals.DixonColesFeatures;
import com.matchcast.market.MarketFeatures;
import com.matchcast.model.Anchor;
import com.matchcast.model.FeatureView;
import com.matchcast.model.LightGbmLearner;
import com.matchcast.model.LogisticLearner;
import com.matchcast.model.ModelParameters;
import com.matchcast.model.XGBoostLearner;
import com.matchcast.rating.EloFeatures;
import com.matchcast.rating.PiRatingFeatures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matchcast's standard forecaster: every feature source, three model families and the
 * combiner. One place, shared by the backtest and by training the served model, so the
 * backtest measures what is served.
 */
public record ForecastSetup(List<FeatureSource> sources, List<EnsembleMember> members, Combiner combiner,
    String version) {

  public static final String VERSION = "matchcast-ensemble-1";

  /** Market probabilities the linear member reads as log-probabilities. */
  static final List<String> LOGGED = List.of("pinnacle_p_home", "pinnacle_p_draw", "pinnacle_p_away",
      "market_p_home", "market_p_draw", "market_p_away", "consensus_p_home", "consensus_p_draw", "consensus_p_away",
      "bet365_p_home", "bet365_p_draw", "bet365_p_away", "elo_p_home", "elo_p_draw", "elo_p_away",
      "dc_p_home", "dc_p_draw", "dc_p_away");

  /**
   * Where the tree members start: the de-margined pre-match market, then the bookmakers'
   * consensus, Pinnacle, Bet365 and, for a match nobody priced, Elo. The trees learn corrections.
   */
  static final List<String> ANCHOR = List.of("market_p", "consensus_p", "pinnacle_p", "bet365_p", "elo_p");

  /** The linear member's other inputs: strong, low-noise signals. */
  static final List<String> LINEAR_EXTRAS = List.of("market_overround", "pinnacle_overround", "bookmaker_p_home_sd",
      "asian_handicap_line", "asian_handicap_p_home", "market_p_over_2_5", "elo_diff", "pi_expected_goal_difference",
      "dc_expected_home_goals", "dc_expected_away_goals", "diff_ppg_last5", "diff_goal_difference_ewma",
      "diff_table_ppg", "home_promoted", "away_promoted", "diff_rest_days", "season_progress",
      "league_draw_rate_last2_seasons", "league_home_win_rate_last2_seasons");

  public static List<FeatureSource> standardSources() {
    return List.of(new MarketFeatures(), new EloFeatures(), new PiRatingFeatures(), new DixonColesFeatures(),
        new FormFeatures(), new TableFeatures(), new HeadToHeadFeatures(), new ScheduleFeatures(),
        new LeagueFeatures());
  }

  /**
   * The production setup; {@code threads} is XGBoost's per-booster thread count (LightGBM's is
   * one per process: {@link LightGbmLearner#useThreads}).
   */
  public static ForecastSetup standard(long seed, int threads) {
    List<FeatureSource> sources = standardSources();
    List<String> names = sources.stream().flatMap(s -> s.definitions().stream()).map(FeatureDefinition::name).toList();
    List<String> linear = new ArrayList<>(LOGGED);
    linear.addAll(LINEAR_EXTRAS);
    List<EnsembleMember> members = List.of(
        new LearnerMember("logistic", new LogisticLearner(),
            new LogisticLearner().defaults().with(ModelParameters.of(Map.of("l2", 1e-2))),
            FeatureView.of(names, linear, Set.copyOf(LOGGED)), names),
        new LearnerMember("lightgbm", new LightGbmLearner(), lightGbm(), FeatureView.all(names),
            Anchor.of(names, ANCHOR), names),
        new LearnerMember("xgboost", new XGBoostLearner(threads), xgboost(), FeatureView.all(names),
            Anchor.of(names, ANCHOR), names));
    return new ForecastSetup(sources, members,
        new WeightedCalibratedCombiner(members.stream().map(EnsembleMember::name).toList()), VERSION);
  }

  /** Shallow, slow-learning trees: the market already explains most of the signal. */
  static ModelParameters lightGbm() {
    return new LightGbmLearner().defaults().with(ModelParameters.of(Map.of("learning_rate", 0.04, "num_leaves", 7,
        "min_data_in_leaf", 200, "feature_fraction", 0.5, "rounds", 150, "early_stopping_rounds", 0, "max_bin", 63)));
  }

  static ModelParameters xgboost() {
    return new XGBoostLearner().defaults().with(ModelParameters.of(Map.of("eta", 0.04, "max_depth", 3,
        "min_child_weight", 50, "colsample_bytree", 0.5, "rounds", 150, "early_stopping_rounds", 0)));
  }

  public GoalForecasts goals(FeatureMatrix matrix) {
    return new AnchoredGoals(matrix);
  }
}
