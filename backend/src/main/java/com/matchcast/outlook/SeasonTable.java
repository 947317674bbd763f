package com.matchcast.outlook;

import java.util.Arrays;

/**
 * A league table as the simulator keeps it: per club points, goals for and against, and the
 * head-to-head matrices (points and goals club i took from its matches against club j, at
 * {@code i * clubs + j}). Primitive arrays, so that a simulated season resets and updates it
 * without allocating. Points deductions are points like any other, taken away.
 */
public final class SeasonTable {

  private static final int WIN = 3;

  final int clubs;
  final int[] points;
  final int[] goalsFor;
  final int[] goalsAgainst;
  final int[] played;
  final int[] headToHeadPoints;
  final int[] headToHeadGoals;

  public SeasonTable(int clubs) {
    this.clubs = clubs;
    points = new int[clubs];
    goalsFor = new int[clubs];
    goalsAgainst = new int[clubs];
    played = new int[clubs];
    headToHeadPoints = new int[clubs * clubs];
    headToHeadGoals = new int[clubs * clubs];
  }

  public int clubs() {
    return clubs;
  }

  /** Records a result of the home club (index) against the away club. */
  public void record(int home, int away, int homeGoals, int awayGoals) {
    int homePoints = homeGoals > awayGoals ? WIN : homeGoals == awayGoals ? 1 : 0;
    int awayPoints = awayGoals > homeGoals ? WIN : homeGoals == awayGoals ? 1 : 0;
    points[home] += homePoints;
    points[away] += awayPoints;
    goalsFor[home] += homeGoals;
    goalsAgainst[home] += awayGoals;
    goalsFor[away] += awayGoals;
    goalsAgainst[away] += homeGoals;
    played[home]++;
    played[away]++;
    headToHeadPoints[home * clubs + away] += homePoints;
    headToHeadPoints[away * clubs + home] += awayPoints;
    headToHeadGoals[home * clubs + away] += homeGoals;
    headToHeadGoals[away * clubs + home] += awayGoals;
  }

  /** {@link #record} without the matches-played count, which a simulated season never reads. */
  void recordSimulated(int home, int away, int homeGoals, int awayGoals) {
    int homePoints = homeGoals > awayGoals ? WIN : homeGoals == awayGoals ? 1 : 0;
    int awayPoints = awayGoals > homeGoals ? WIN : homeGoals == awayGoals ? 1 : 0;
    points[home] += homePoints;
    points[away] += awayPoints;
    goalsFor[home] += homeGoals;
    goalsAgainst[home] += awayGoals;
    goalsFor[away] += awayGoals;
    goalsAgainst[away] += homeGoals;
    headToHeadPoints[home * clubs + away] += homePoints;
    headToHeadPoints[away * clubs + home] += awayPoints;
    headToHeadGoals[home * clubs + away] += homeGoals;
    headToHeadGoals[away * clubs + home] += awayGoals;
  }

  /** Takes points away (a sanction); a negative number gives them back. */
  public void deduct(int club, int deduction) {
    points[club] -= deduction;
  }

  public int points(int club) {
    return points[club];
  }

  public int goalDifference(int club) {
    return goalsFor[club] - goalsAgainst[club];
  }

  public int goalsFor(int club) {
    return goalsFor[club];
  }

  public int played(int club) {
    return played[club];
  }

  /** Makes this table equal to {@code other} (same number of clubs) without allocating. */
  void copyFrom(SeasonTable other) {
    System.arraycopy(other.points, 0, points, 0, clubs);
    System.arraycopy(other.goalsFor, 0, goalsFor, 0, clubs);
    System.arraycopy(other.goalsAgainst, 0, goalsAgainst, 0, clubs);
    System.arraycopy(other.played, 0, played, 0, clubs);
    System.arraycopy(other.headToHeadPoints, 0, headToHeadPoints, 0, clubs * clubs);
    System.arraycopy(other.headToHeadGoals, 0, headToHeadGoals, 0, clubs * clubs);
  }

  public SeasonTable copy() {
    SeasonTable copy = new SeasonTable(clubs);
    copy.copyFrom(this);
    return copy;
  }

  @Override
  public String toString() {
    return "SeasonTable" + Arrays.toString(points);
  }
}
