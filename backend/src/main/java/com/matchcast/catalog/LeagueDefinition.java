package com.matchcast.catalog;

/**
 * A league Matchcast knows, with the ids other sources use for it.
 *
 * @param code             Matchcast's code: football-data's division code (E0, SP1, ...)
 * @param apiFootballId    API-Football league id, or null
 * @param oddsApiSport     The Odds API sport key, or null
 * @param openFootballCode openfootball football.json file code (en.1), or null
 * @param oneFootballDataFile true for football-data's "extra leagues", whose seasons all come in one
 *                         file ({@code /new/ARG.csv}); false for one file per season ({@code /mmz4281/2324/E0.csv})
 */
public record LeagueDefinition(
    String code, String name, String country, int tier, Integer apiFootballId, String oddsApiSport,
    String openFootballCode, boolean oneFootballDataFile) {}
