package com.matchcast.outlook;

import com.matchcast.catalog.Team;
import java.time.Instant;
import java.util.List;

/**
 * One club in one season outlook: its table so far and its chances. The probabilities of bands
 * (title, places, relegation) are sums of the position probabilities over the league's bands.
 *
 * @param asOf                   the serving clock's moment the outlook saw
 * @param positionProbabilities  P(final position), first place to last
 */
public record ClubOutlook(Team team, String league, String season, Instant asOf, int points, int played,
    double expectedPoints, List<Double> positionProbabilities) {

  public ClubOutlook {
    positionProbabilities = List.copyOf(positionProbabilities);
  }

  public double titleProbability() {
    return between(1, 1);
  }

  public double top4Probability() {
    return between(1, 4);
  }

  /** The league's automatic relegation band; 0 for a league whose rules name none. */
  public double relegationProbability() {
    return LeagueRules.of(league).bands().stream().filter(b -> b.name().equals(PlaceBand.RELEGATION)).findFirst()
        .map(this::probability).orElse(0.0);
  }

  /** Every band of the league's rules with this club's probability of finishing in it. */
  public List<PlaceProbability> places() {
    return LeagueRules.of(league).bands().stream()
        .map(band -> new PlaceProbability(band.name(), band.label(), band.first(clubs()), band.last(clubs()),
            probability(band)))
        .toList();
  }

  public double probability(PlaceBand band) {
    return between(band.first(clubs()), band.last(clubs()));
  }

  private int clubs() {
    return positionProbabilities.size();
  }

  private double between(int first, int last) {
    double total = 0;
    for (int position = Math.max(1, first); position <= Math.min(last, clubs()); position++) {
      total += positionProbabilities.get(position - 1);
    }
    return total;
  }

  /** A band of the league with the club's chance of finishing in it. */
  public record PlaceProbability(String name, String label, int first, int last, double probability) {}
}
