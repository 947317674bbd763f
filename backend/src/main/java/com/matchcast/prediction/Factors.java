package com.matchcast.prediction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The readable factors features are grouped into for explanations, in English and Chinese. The
 * first rule whose pattern matches a feature's name takes it.
 */
final class Factors {

  /** One factor: a key for clients, and its name in each language. */
  record Factor(String key, String english, String chinese) {}

  private record Rule(Pattern names, Factor factor) {}

  static final Factor PRICES = new Factor("prices", "The market as the model reads it (all prices, beyond the average)",
      "模型对市场赔率的解读(全部报价,超出平均赔率的部分)");
  static final Factor MODEL = new Factor("model", "Model baseline, combination and calibration",
      "模型基线、组合与校准");

  private static final List<Rule> RULES = List.of(
      rule("(market|pinnacle|bet365|consensus|max_avg|bookmaker|asian_handicap).*", PRICES),
      rule("(home_|away_)?elo.*", new Factor("elo", "Elo ratings", "Elo 等级分")),
      rule("pi_.*", new Factor("pi", "pi-ratings (home and away strength)", "pi 评分(主客场实力)")),
      rule("dc_.*", new Factor("dixon_coles", "Goal model: attack and defence", "进球模型:攻防实力")),
      rule("home_\\w+_venue_last3", new Factor("home_form_home_3", "Home team at home, last 3", "主队主场近3场")),
      rule("home_\\w+_venue_last5", new Factor("home_form_home_5", "Home team at home, last 5", "主队主场近5场")),
      rule("home_\\w+_venue_last10", new Factor("home_form_home_10", "Home team at home, last 10", "主队主场近10场")),
      rule("away_\\w+_venue_last3", new Factor("away_form_away_3", "Away team away, last 3", "客队客场近3场")),
      rule("away_\\w+_venue_last5", new Factor("away_form_away_5", "Away team away, last 5", "客队客场近5场")),
      rule("away_\\w+_venue_last10", new Factor("away_form_away_10", "Away team away, last 10", "客队客场近10场")),
      rule("home_\\w+_last3", new Factor("home_form_3", "Home team form, last 3", "主队近3场状态")),
      rule("home_\\w+_last5", new Factor("home_form_5", "Home team form, last 5", "主队近5场状态")),
      rule("home_\\w+_last10", new Factor("home_form_10", "Home team form, last 10", "主队近10场状态")),
      rule("away_\\w+_last3", new Factor("away_form_3", "Away team form, last 3", "客队近3场状态")),
      rule("away_\\w+_last5", new Factor("away_form_5", "Away team form, last 5", "客队近5场状态")),
      rule("away_\\w+_last10", new Factor("away_form_10", "Away team form, last 10", "客队近10场状态")),
      rule("(home|away|diff)_\\w*ewma|diff_ppg\\w*", new Factor("form_trend", "Form trend (weighted) and difference",
          "状态走势(加权)与差距")),
      rule("\\w*table\\w*|\\w*games_played|season_progress", new Factor("table", "League table", "积分榜")),
      rule("h2h_.*", new Factor("head_to_head", "Head-to-head", "交锋记录")),
      rule("\\w*rest_days|\\w*matches_last14_days", new Factor("rest", "Rest days and fixture congestion",
          "休息天数与赛程密度")),
      rule("\\w*(promoted|relegated|newcomer)", new Factor("promotion", "Promotion and relegation", "升降级")),
      rule("league_.*", new Factor("league", "League scoring and home advantage", "联赛进球与主场优势")));

  private Factors() {}

  static Factor of(String feature) {
    for (Rule rule : RULES) {
      if (rule.names().matcher(feature).matches()) {
        return rule.factor();
      }
    }
    return MODEL;
  }

  private static Rule rule(String regex, Factor factor) {
    return new Rule(Pattern.compile(regex), factor);
  }
}
