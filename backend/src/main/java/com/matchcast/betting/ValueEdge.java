package com.matchcast.betting;

/**
 * The model against the market on one selection of one match.
 *
 * @param modelProbability  the model's probability p
 * @param bestPrice         the best decimal price o on offer, and who offers it
 * @param marketProbability the de-margined market's probability q
 * @param edge              the expected return of one unit staked at the best price if the model is right: p·o − 1
 * @param marketEdge        the model's probability minus the de-margined market's: p − q
 * @param kellyStake        the fractional-Kelly share of the bankroll to stake, 0 without a positive edge
 */
public record ValueEdge(Selection selection, double modelProbability, double bestPrice, String bestBookmaker,
    double marketProbability, double edge, double marketEdge, double kellyStake) {

  public static ValueEdge of(Selection selection, double modelProbability, MarketPrices prices, double kellyFraction) {
    double price = prices.bestPrice(selection);
    return new ValueEdge(selection, modelProbability, price, prices.bestBookmaker(selection),
        prices.consensus(selection), modelProbability * price - 1, modelProbability - prices.consensus(selection),
        Kelly.stake(modelProbability, price, kellyFraction));
  }
}
