package com.matchcast.betting;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * matchcast.betting.*: the betting view and the strategies run live.
 *
 * @param enabled       record picks and settle them on the serving clock
 * @param kellyFraction share of the full Kelly stake shown and staked (a quarter: the model's probabilities are
 *                      estimates, and full Kelly on an overestimate loses fast)
 * @param edgeThreshold the smallest expected return at the best price the value strategy backs
 */
@ConfigurationProperties("matchcast.betting")
public record BettingSettings(Boolean enabled, Double kellyFraction, Double edgeThreshold) {

  /** Every strategy's paper bankroll starts here; a flat stake is a hundredth of it. */
  public static final double STARTING_BANKROLL = 100;

  public BettingSettings {
    enabled = enabled == null || enabled;
    kellyFraction = kellyFraction == null ? 0.25 : kellyFraction;
    edgeThreshold = edgeThreshold == null ? 0.05 : edgeThreshold;
    if (!(kellyFraction > 0 && kellyFraction <= 1)) {
      throw new IllegalArgumentException("matchcast.betting.kelly-fraction must be in (0, 1]: " + kellyFraction);
    }
  }

  /**
   * The strategies run live: the model's value picks with Kelly stakes, and two baselines that need
   * no model, staked flat: the consensus strategy and the market favourite.
   */
  public List<Strategy> liveStrategies() {
    return List.of(new Strategy(Strategy.Rule.VALUE, edgeThreshold, Staking.KELLY),
        new Strategy(Strategy.Rule.CONSENSUS, 0, Staking.FLAT),
        new Strategy(Strategy.Rule.MARKET_FAVOURITE, 0, Staking.FLAT));
  }
}
