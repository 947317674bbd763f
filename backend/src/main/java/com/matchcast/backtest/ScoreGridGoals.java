package com.matchcast.backtest;

import com.matchcast.feature.FeatureMatrix;
import com.matchcast.history.UpcomingMatch;
import java.util.List;

/**
 * Goal markets read from the Dixon-Coles exact-score grid as it stood before each match (the
 * grid's columns of the feature matrix), so over/under, both-teams-to-score and expected goals
 * all come from one grid and agree.
 */
final class ScoreGridGoals implements GoalForecasts {

  private final FeatureMatrix matrix;
  private final int over;
  private final int btts;
  private final int homeGoals;
  private final int awayGoals;

  ScoreGridGoals(FeatureMatrix matrix) {
    this.matrix = matrix;
    List<String> names = matrix.names();
    this.over = column(names, "dc_p_over_2_5");
    this.btts = column(names, "dc_p_btts");
    this.homeGoals = column(names, "dc_expected_home_goals");
    this.awayGoals = column(names, "dc_expected_away_goals");
  }

  @Override
  public Goals of(UpcomingMatch match) {
    double[] row = matrix.rows()[match.index()];
    return new Goals(row[over], row[btts], row[homeGoals], row[awayGoals]);
  }

  private static int column(List<String> names, String name) {
    int index = names.indexOf(name);
    if (index < 0) {
      throw new IllegalStateException("the feature matrix has no " + name + " column");
    }
    return index;
  }
}
