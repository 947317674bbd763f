package com.matchcast.catalog;

/** A league as the API shows it. */
public record League(String code, String name, String country) {

  public static League of(LeagueDefinition definition) {
    return new League(definition.code(), definition.name(), definition.country());
  }
}
