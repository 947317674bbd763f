package com.matchcast.catalog;

/**
 * A league Matchcast knows, with the ids other sources use for it.
 *
 * @param code             Matchcast's code: football-data's division code (E0, SP1, ...)
 * @param apiFootballId    API-Football league id, or null
 * @param oddsApiSport     The Odds API sport key, or null
 * @param openFootballCode openfootball football.json file code (en.1), or null
 */
public record LeagueDefinition(
    String code, String name, String country, int tier, Integer apiFootballId, String oddsApiSport,
    String openFootballCode) {}
