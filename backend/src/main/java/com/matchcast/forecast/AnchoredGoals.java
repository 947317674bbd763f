package com.matchcast.forecast;

import com.matchcast.feature.FeatureMatrix;
import com.matchcast.goals.AnchoredScoreGrid;
import com.matchcast.goals.ScoreGrid;
import com.matchcast.timeline.UpcomingMatch;
import java.util.List;

/**
 * Goal markets from one exact-score grid per match, anchored to the final 1X2 forecast and to
 * the share of matches over 2.5 goals expected before kick-off: the market's de-margined price
 * where there is one, else the Dixon-Coles grid's own. The Dixon-Coles goal expectations are
 * the starting point. All inputs are columns of the leak-free feature matrix.
 */
final class AnchoredGoals implements GoalForecasts {

  /** Roughly the share of top-flight matches with three goals or more. */
  private static final double TYPICAL_OVER = 0.5;

  private final FeatureMatrix matrix;
  private final int marketOver;
  private final int gridOver;
  private final int homeGoals;
  private final int awayGoals;

  AnchoredGoals(FeatureMatrix matrix) {
    this.matrix = matrix;
    List<String> names = matrix.names();
    this.marketOver = column(names, "market_p_over_2_5");
    this.gridOver = column(names, "dc_p_over_2_5");
    this.homeGoals = column(names, "dc_expected_home_goals");
    this.awayGoals = column(names, "dc_expected_away_goals");
  }

  @Override
  public Goals of(UpcomingMatch match, double[] outcome) {
    double[] row = matrix.rows()[match.index()];
    double over = Double.isFinite(row[marketOver]) ? row[marketOver]
        : Double.isFinite(row[gridOver]) ? row[gridOver] : TYPICAL_OVER;
    ScoreGrid grid = AnchoredScoreGrid.fit(outcome[0], outcome[2], over, row[homeGoals], row[awayGoals]);
    return new Goals(grid.over(2.5), grid.bothTeamsScore(), grid.expectedHomeGoals(), grid.expectedAwayGoals());
  }

  private static int column(List<String> names, String name) {
    int index = names.indexOf(name);
    if (index < 0) {
      throw new IllegalStateException("the feature matrix has no " + name + " column");
    }
    return index;
  }
}
