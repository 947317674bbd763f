package com.matchcast.feature;

/**
 * One column of the feature matrix, as the generated feature catalog documents it.
 *
 * @param name          stable snake_case name, e.g. {@code elo_diff}
 * @param definition    what it measures, in a sentence
 * @param source        where its inputs come from: results, statistics, pre-match odds, ratings
 * @param availableFrom the first season in which its inputs exist in football-data files (e.g. "2000-2001")
 */
public record FeatureDefinition(String name, String definition, String source, String availableFrom) {}
