package com.matchcast.rating;

import java.time.LocalDate;

/** A club's rating just after its match of {@code date}: one point of the chart the web app draws. */
public record RatingPoint(LocalDate date, double value) {}
