package com.matchcast.outlook;

import com.matchcast.catalog.Team;
import com.matchcast.goals.AnchoredScoreGrid;
import com.matchcast.goals.ScoreGrid;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.outlook.persistence.OutlookQueries.SeasonMatch;
import com.matchcast.prediction.Prediction;
import com.matchcast.serving.KickoffBound;
import com.matchcast.serving.Visibility;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulator's inputs for a league season at one moment, from its stored matches: the table of
 * the results known by then (with the points deductions imposed by then), and every match still to
 * play with its score grid. The season is a double round robin: each club meets each other once at
 * home, so the matches left are the pairs not yet played (a fixture's date is not needed, nor
 * known to the clock beyond two weeks). A remaining match the model has forecast by then is played
 * from that forecast's grid, the others from the goal model.
 *
 * @param clubs           by the table's index
 * @param forecastMatches remaining matches played from a prediction
 */
record SeasonInputs(List<Team> clubs, SeasonTable table, List<RemainingFixture> fixtures, int resultsKnown,
    int forecastMatches) {

  static SeasonInputs of(List<SeasonMatch> matches, KickoffBound results, Map<Long, Prediction> predictions,
      GoalModel goals, Map<String, Integer> deductions) {
    Map<Long, Team> teams = new HashMap<>();
    for (SeasonMatch match : matches) {
      teams.put(match.home().id(), match.home());
      teams.put(match.away().id(), match.away());
    }
    List<Team> clubs = teams.values().stream().sorted(Comparator.comparing(Team::name)).toList();
    Map<Long, Integer> index = new HashMap<>();
    for (int i = 0; i < clubs.size(); i++) {
      index.put(clubs.get(i).id(), i);
    }
    int n = clubs.size();
    SeasonTable table = new SeasonTable(n);
    boolean[] played = new boolean[n * n];
    Prediction[] forecast = new Prediction[n * n];
    int resultsKnown = 0;
    for (SeasonMatch match : matches) {
      int home = index.get(match.home().id());
      int away = index.get(match.away().id());
      if (home == away) {
        continue;
      }
      if (known(match, results) && !played[home * n + away]) {
        table.record(home, away, match.homeGoals(), match.awayGoals());
        played[home * n + away] = true;
        resultsKnown++;
      }
      Prediction prediction = predictions.get(match.id());
      if (prediction != null && (forecast[home * n + away] == null
          || prediction.createdAt().isAfter(forecast[home * n + away].createdAt()))) {
        forecast[home * n + away] = prediction;
      }
    }
    for (int c = 0; c < n; c++) {
      Integer deducted = deductions.get(clubs.get(c).name().toLowerCase(java.util.Locale.ROOT));
      if (deducted != null) {
        table.deduct(c, deducted);
      }
    }
    List<RemainingFixture> fixtures = new ArrayList<>();
    int forecastMatches = 0;
    for (int home = 0; home < n; home++) {
      for (int away = 0; away < n; away++) {
        if (home == away || played[home * n + away]) {
          continue;
        }
        Prediction prediction = forecast[home * n + away];
        ScoreGrid grid = prediction != null ? grid(prediction)
            : goals.grid(clubs.get(home).name(), clubs.get(away).name());
        forecastMatches += prediction != null ? 1 : 0;
        fixtures.add(new RemainingFixture(home, away, grid));
      }
    }
    return new SeasonInputs(clubs, table, fixtures, resultsKnown, forecastMatches);
  }

  /** The grid the prediction's markets come from: anchored to its 1X2, over 2.5 and goal expectations. */
  static ScoreGrid grid(Prediction prediction) {
    return AnchoredScoreGrid.fit(prediction.homeWin(), prediction.awayWin(), prediction.over25(),
        prediction.expectedHomeGoals(), prediction.expectedAwayGoals());
  }

  private static boolean known(SeasonMatch match, KickoffBound results) {
    return match.status() == MatchStatus.FINISHED && match.homeGoals() != null && match.awayGoals() != null
        && results.admits(Visibility.kickoff(match.date(), match.kickoffUtc()));
  }
}
