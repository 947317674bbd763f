package com.matchcast.goals;

import java.time.LocalDate;

/** One played match as a goal model sees it: who played where, when, and the score. */
public record GoalObservation(LocalDate date, String homeClub, String awayClub, int homeGoals, int awayGoals) {}
