package com.matchcast.ingest.footballdata;

/**
 * The goals and result letter of a row, checked against each other. Both full-time goals
 * make a finished match; none at all (and no result letter) an upcoming one.
 */
record Score(Integer home, Integer away, Integer homeHalfTime, Integer awayHalfTime, String result) {

  /** @throws RowRejection when the goals are not numbers or contradict each other or the result */
  static Score read(String[] cells, MatchColumns columns) {
    Integer home = goals(cells, columns.homeGoals(), "home");
    Integer away = goals(cells, columns.awayGoals(), "away");
    String result = Cells.text(cells, columns.result());
    if (home == null && away == null && result == null) {
      return new Score(null, null, null, null, null);
    }
    if (home == null || away == null) {
      throw new RowRejection("incomplete score: " + text(home) + "-" + text(away) + " result " + text(result));
    }
    String expected = home > away ? "H" : home.equals(away) ? "D" : "A";
    if (result != null && !result.equals(expected)) {
      throw new RowRejection("result disagrees with goals: " + result + " for " + home + "-" + away);
    }
    Integer homeHalfTime = goals(cells, columns.homeGoalsHalfTime(), "home half-time");
    Integer awayHalfTime = goals(cells, columns.awayGoalsHalfTime(), "away half-time");
    if ((homeHalfTime != null && homeHalfTime > home) || (awayHalfTime != null && awayHalfTime > away)) {
      throw new RowRejection("half-time goals above full-time: " + text(homeHalfTime) + "-" + text(awayHalfTime)
          + " at half-time, " + home + "-" + away + " at full-time");
    }
    return new Score(home, away, homeHalfTime, awayHalfTime, result);
  }

  boolean finished() {
    return home != null;
  }

  private static Integer goals(String[] cells, int column, String side) {
    String text = Cells.text(cells, column);
    if (text == null) {
      return null;
    }
    int goals;
    try {
      goals = Cells.wholeNumber(text);
    } catch (NumberFormatException notANumber) {
      throw new RowRejection("goals not a number: " + side + " " + text);
    }
    if (goals < 0) {
      throw new RowRejection("negative goals: " + side + " " + goals);
    }
    return goals;
  }

  private static String text(Object value) {
    return value == null ? "?" : value.toString();
  }
}
