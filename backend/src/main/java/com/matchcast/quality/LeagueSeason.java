package com.matchcast.quality;

/** A league code and season code pair, such as E0 2023-2024. */
public record LeagueSeason(String league, String season) {}
