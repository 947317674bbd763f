package com.matchcast.outlook;

import java.time.Instant;
import java.util.List;

/**
 * A season outlook as stored and served: clubs ordered by expected points.
 *
 * @param id              the stored row, 0 before it is stored
 * @param asOf            the serving clock's moment: results known then, predictions made by then
 * @param resultsKnown    finished matches of the season counted in the table
 * @param forecastMatches remaining matches simulated from a served prediction (the others from the goal model)
 */
public record LeagueOutlook(long id, String league, String season, Instant asOf, int simulations,
    double strengthSpread, long seed, int resultsKnown, int forecastMatches, int remainingMatches,
    List<ClubOutlook> clubs) {

  public LeagueOutlook {
    clubs = List.copyOf(clubs);
  }

  public LeagueOutlook withId(long stored) {
    return new LeagueOutlook(stored, league, season, asOf, simulations, strengthSpread, seed, resultsKnown,
        forecastMatches, remainingMatches, clubs);
  }

  /** The league's bands, resolved for its number of clubs. */
  public List<Place> places() {
    int size = clubs.size();
    return LeagueRules.of(league).bands().stream()
        .map(b -> new Place(b.name(), b.label(), b.first(size), b.last(size))).toList();
  }

  /** A band of final positions, from first to last. */
  public record Place(String name, String label, int first, int last) {}
}
