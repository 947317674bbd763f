package com.matchcast.outlook;

import com.matchcast.goals.ScoreGrid;

/** A match still to play, by the clubs' indexes in the table, with its exact score grid. */
public record RemainingFixture(int home, int away, ScoreGrid grid) {}
