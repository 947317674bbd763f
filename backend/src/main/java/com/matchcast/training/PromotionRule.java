package com.matchcast.training;

import java.util.Locale;
import java.util.Map;

/**
 * When a freshly trained version replaces the served one. A scheduled retrain runs unattended,
 * so by default it must earn its place: on its own out-of-sample year it has to forecast about
 * as well as the average pre-match market. A version trained on broken data scores far worse
 * than the market and stays registered but unserved, leaving the last good version serving.
 *
 * @param marketTolerance how much higher than the market's RPS the version's out-of-sample RPS may be
 */
public record PromotionRule(Mode mode, double marketTolerance) {

  public enum Mode {
    /** Always serve the new version ({@code train --promote}). */
    ALWAYS,
    /** Only register it. */
    NEVER,
    /** Serve it when its out-of-sample RPS is within the tolerance of the market's on the same matches. */
    WHEN_AS_GOOD_AS_MARKET
  }

  public static final PromotionRule ALWAYS = new PromotionRule(Mode.ALWAYS, 0);
  public static final PromotionRule NEVER = new PromotionRule(Mode.NEVER, 0);

  /** The metric the trainer records for the average pre-match market on the out-of-sample year. */
  static final String MARKET_RPS = "oos_market_Avg_rps";
  static final String MODEL_RPS = "oos_rps";

  public PromotionRule {
    if (mode == null) {
      throw new IllegalArgumentException("a promotion rule needs a mode");
    }
    if (!(marketTolerance >= 0)) {
      throw new IllegalArgumentException("market tolerance must be at least 0, not " + marketTolerance);
    }
  }

  public static PromotionRule whenAsGoodAsMarket(double tolerance) {
    return new PromotionRule(Mode.WHEN_AS_GOOD_AS_MARKET, tolerance);
  }

  /** Whether a version with these out-of-sample metrics should be served, and why. */
  public Verdict judge(Map<String, Double> metrics) {
    return switch (mode) {
      case ALWAYS -> new Verdict(true, "promotion requested");
      case NEVER -> new Verdict(false, "promotion not requested");
      case WHEN_AS_GOOD_AS_MARKET -> againstMarket(metrics);
    };
  }

  private Verdict againstMarket(Map<String, Double> metrics) {
    Double model = metrics.get(MODEL_RPS);
    Double market = metrics.get(MARKET_RPS);
    if (model == null || market == null || model.isNaN() || market.isNaN()) {
      return new Verdict(false, "no out-of-sample market prices to compare with; the served version stays");
    }
    boolean good = model <= market + marketTolerance;
    return new Verdict(good, String.format(Locale.ROOT, "out-of-sample RPS %.4f %s the market's %.4f + %.4f",
        model, good ? "within" : "above", market, marketTolerance));
  }

  /** The decision and its reason, for the log. */
  public record Verdict(boolean promote, String reason) {}
}
