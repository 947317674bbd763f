package com.matchcast.goals;

import com.matchcast.feature.FeatureDefinition;
import com.matchcast.feature.FeatureSource;
import com.matchcast.rating.RatingHistory;
import com.matchcast.rating.RatingPoint;
import com.matchcast.timeline.MatchOutcome;
import com.matchcast.timeline.UpcomingMatch;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Dixon-Coles goal expectations and the markets of its exact score grid, fitted per division
 * (clubs of different divisions never meet in league data) on the {@link RefitSchedule}.
 *
 * <p>It also keeps each club's attack and defence history: at every played match it learns, the
 * club's strengths in the fit that described the match (made from earlier matches only), dated
 * by the match. A match counts only if its fit was already made when it is learned (in the
 * feature pipeline, every match it described), so keeping the history never makes a fit the
 * features did not need and never changes a forecast.
 */
public final class DixonColesFeatures implements FeatureSource {

  /** Scores up to 10-10: the mass beyond is 2.5e-7 at a goal expectation of 1.4, 7e-4 even at 3.5. */
  public static final int MAX_GOALS = 10;

  private static final String SOURCE = "ratings";
  private static final String FROM = "2000-2001";
  private static final List<FeatureDefinition> DEFINITIONS = List.of(
      definition("dc_expected_home_goals", "home goal expectation from the Dixon-Coles exact score grid (lambda)"),
      definition("dc_expected_away_goals", "away goal expectation from the Dixon-Coles exact score grid (mu)"),
      definition("dc_p_home", "home win probability from the Dixon-Coles exact score grid"),
      definition("dc_p_draw", "draw probability from the Dixon-Coles exact score grid"),
      definition("dc_p_away", "away win probability from the Dixon-Coles exact score grid"),
      definition("dc_p_over_2_5", "probability of 3 or more goals, from the Dixon-Coles exact score grid"),
      definition("dc_p_btts", "probability that both teams score, from the Dixon-Coles exact score grid"),
      definition("dc_home_attack", "home club's attack: log goal expectation relative to the division's average club"),
      definition("dc_home_defence", "home club's defence: higher concedes fewer; log scale, average club 0"),
      definition("dc_away_attack", "away club's attack: log goal expectation relative to the division's average club"),
      definition("dc_away_defence", "away club's defence: higher concedes fewer; log scale, average club 0"));

  private final DixonColes model;
  private final RefitSchedule schedule;
  private final Map<String, DivisionGoalModel> divisions = new HashMap<>();
  private final RatingHistory attackHistory = new RatingHistory();
  private final RatingHistory defenceHistory = new RatingHistory();

  public DixonColesFeatures() {
    this(new DixonColes(), RefitSchedule.defaults());
  }

  public DixonColesFeatures(DixonColes model, RefitSchedule schedule) {
    this.model = model;
    this.schedule = schedule;
  }

  @Override
  public List<FeatureDefinition> definitions() {
    return DEFINITIONS;
  }

  @Override
  public void describe(UpcomingMatch match, double[] out, int offset) {
    Arrays.fill(out, offset, offset + DEFINITIONS.size(), Double.NaN);
    Optional<DixonColesFit> fit = fitFor(match);
    Optional<ScoreGrid> grid = fit.flatMap(f -> f.scoreGrid(match.homeClub(), match.awayClub(), MAX_GOALS));
    if (grid.isEmpty()) {
      return;
    }
    ScoreGrid scores = grid.get();
    DixonColesFit strengths = fit.get();
    double[] values = {scores.expectedHomeGoals(), scores.expectedAwayGoals(), scores.homeWin(), scores.draw(),
        scores.awayWin(), scores.over(2.5), scores.bothTeamsScore(), strengths.attack(match.homeClub()),
        strengths.defence(match.homeClub()), strengths.attack(match.awayClub()), strengths.defence(match.awayClub())};
    System.arraycopy(values, 0, out, offset, values.length);
  }

  @Override
  public void learn(UpcomingMatch match, MatchOutcome outcome) {
    recordStrengths(match);
    divisions.computeIfAbsent(match.division(), d -> new DivisionGoalModel()).learn(new GoalObservation(
        match.date(), match.homeClub(), match.awayClub(), outcome.homeGoals(), outcome.awayGoals()));
  }

  /** The club's attack going into each of its learned matches that had a fit, oldest first. */
  public List<RatingPoint> attackHistory(String club) {
    return attackHistory.of(club);
  }

  /** The club's defence going into each of its learned matches that had a fit, oldest first. */
  public List<RatingPoint> defenceHistory(String club) {
    return defenceHistory.of(club);
  }

  private void recordStrengths(UpcomingMatch match) {
    DivisionGoalModel division = divisions.get(match.division());
    DixonColesFit fit = division == null ? null : division.lastFitAsOf(schedule.refitDateFor(match.date()));
    if (fit == null) {
      return;
    }
    for (String club : List.of(match.homeClub(), match.awayClub())) {
      if (playedEnough(fit, club)) {
        attackHistory.record(club, match.date(), fit.attack(club));
        defenceHistory.record(club, match.date(), fit.defence(club));
      }
    }
  }

  /** The exact score grid the features of {@code match} come from; empty where they are NaN. */
  public Optional<ScoreGrid> scoreGrid(UpcomingMatch match) {
    return fitFor(match).flatMap(f -> f.scoreGrid(match.homeClub(), match.awayClub(), MAX_GOALS));
  }

  /** The fit describing {@code match}, when its division has one and both clubs played enough in it. */
  public Optional<DixonColesFit> fitFor(UpcomingMatch match) {
    DivisionGoalModel division = divisions.get(match.division());
    if (division == null) {
      return Optional.empty();
    }
    DixonColesFit fit = division.fitAsOf(schedule.refitDateFor(match.date()), model, schedule);
    return Optional.ofNullable(fit).filter(f -> playedEnough(f, match.homeClub()) && playedEnough(f, match.awayClub()));
  }

  private boolean playedEnough(DixonColesFit fit, String club) {
    return fit.club(club).map(c -> c.matchesPlayed() >= schedule.minimumClubMatches()).orElse(false);
  }

  private static FeatureDefinition definition(String name, String meaning) {
    return new FeatureDefinition(name, meaning, SOURCE, FROM);
  }
}
