package com.matchcast.matchdata;

/** Betting markets stored by Matchcast. */
public enum Market {
  /** Home win / draw / away win. */
  ONE_X_TWO,
  /** Total goals over or under a line (2.5 unless stated). */
  OVER_UNDER,
  /** Handicap for the home team; the line is the home team's handicap. */
  ASIAN_HANDICAP,
  /** Both teams to score: yes / no. */
  BTTS
}
