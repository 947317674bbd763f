package com.matchcast.outlook;

import java.util.List;
import java.util.Map;

/**
 * How a league ranks its clubs and what each final position decides. The criteria after points are
 * the leagues' regulations as of 2024-25; the places are the league positions alone (cup winners
 * and coefficients that move a European place down the table are not modelled). A league missing
 * here is ranked by points, goal difference and goals scored, and only its title is reported.
 * See the README's table "Season outlook: ranking rules and places".
 */
public record LeagueRules(String league, List<TieBreak> tieBreaks, List<PlaceBand> bands) {

  private static final List<TieBreak> GOALS_FIRST = List.of(TieBreak.GOAL_DIFFERENCE, TieBreak.GOALS_FOR,
      TieBreak.HEAD_TO_HEAD_POINTS, TieBreak.HEAD_TO_HEAD_GOALS_FOR);
  private static final List<TieBreak> HEAD_TO_HEAD_FIRST = List.of(TieBreak.HEAD_TO_HEAD_POINTS,
      TieBreak.HEAD_TO_HEAD_GOAL_DIFFERENCE, TieBreak.GOAL_DIFFERENCE, TieBreak.GOALS_FOR);
  private static final PlaceBand TITLE = new PlaceBand(PlaceBand.TITLE, "Title", 1, 1);

  private static final Map<String, LeagueRules> KNOWN = Map.of(
      "E0", new LeagueRules("E0", GOALS_FIRST, List.of(TITLE, champions(1, 4), europa(5, 5), conference(6, 6),
          relegation(-3, -1))),
      "SP1", new LeagueRules("SP1", HEAD_TO_HEAD_FIRST, List.of(TITLE, champions(1, 4), europa(5, 6),
          conference(7, 7), relegation(-3, -1))),
      "I1", new LeagueRules("I1", HEAD_TO_HEAD_FIRST, List.of(TITLE, champions(1, 4), europa(5, 5),
          conference(6, 6), relegation(-3, -1))),
      "D1", new LeagueRules("D1", GOALS_FIRST, List.of(TITLE, champions(1, 4), europa(5, 5), conference(6, 6),
          new PlaceBand("relegation-play-off", "Relegation play-off", -3, -3), relegation(-2, -1))),
      "F1", new LeagueRules("F1", GOALS_FIRST, List.of(TITLE, champions(1, 3),
          new PlaceBand("champions-league-qualifying", "Champions League qualifying", 4, 4), europa(5, 5),
          conference(6, 6), new PlaceBand("relegation-play-off", "Relegation play-off", -3, -3), relegation(-2, -1))),
      "E1", new LeagueRules("E1", GOALS_FIRST, List.of(TITLE, new PlaceBand("promotion", "Promotion", 1, 2),
          new PlaceBand("promotion-play-off", "Promotion play-off", 3, 6), relegation(-3, -1))));

  public LeagueRules {
    tieBreaks = List.copyOf(tieBreaks);
    bands = List.copyOf(bands);
  }

  public static LeagueRules of(String league) {
    LeagueRules known = KNOWN.get(league);
    return known != null ? known
        : new LeagueRules(league, List.of(TieBreak.GOAL_DIFFERENCE, TieBreak.GOALS_FOR), List.of(TITLE));
  }

  /** The leagues with rules of their own. */
  public static List<String> known() {
    return KNOWN.keySet().stream().sorted().toList();
  }

  TieBreak[] criteria() {
    return tieBreaks.toArray(TieBreak[]::new);
  }

  private static PlaceBand champions(int from, int to) {
    return new PlaceBand("champions-league", "Champions League", from, to);
  }

  private static PlaceBand europa(int from, int to) {
    return new PlaceBand("europa-league", "Europa League", from, to);
  }

  private static PlaceBand conference(int from, int to) {
    return new PlaceBand("conference-league", "Conference League", from, to);
  }

  private static PlaceBand relegation(int from, int to) {
    return new PlaceBand(PlaceBand.RELEGATION, "Relegation", from, to);
  }
}
