package com.matchcast.evaluation;

import java.util.Arrays;

/**
 * One market's forecast for one match, de-margined multiplicatively: 1X2 probabilities
 * (null when the market had no 1X2 prices) and the probabilities of over 2.5 goals and of
 * both teams scoring (NaN when it had no such prices; BTTS prices are rare in football-data).
 */
public record MarketReference(ReferenceSource source, double[] oneXTwo, double pOver25, double pBothTeamsScore) {

  public MarketReference {
    oneXTwo = oneXTwo == null ? null : oneXTwo.clone();
  }

  @Override
  public double[] oneXTwo() {
    return oneXTwo == null ? null : oneXTwo.clone();
  }

  public boolean hasOneXTwo() {
    return oneXTwo != null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MarketReference that && source == that.source && Arrays.equals(oneXTwo, that.oneXTwo)
        && Double.compare(pOver25, that.pOver25) == 0 && Double.compare(pBothTeamsScore, that.pBothTeamsScore) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * source.hashCode() + Arrays.hashCode(oneXTwo);
  }

  @Override
  public String toString() {
    return source.label() + Arrays.toString(oneXTwo) + " over " + pOver25 + " btts " + pBothTeamsScore;
  }
}
