package com.matchcast.catalog;

import com.matchcast.api.InvalidArgumentException;
import java.util.stream.Collectors;

/**
 * The league code a client sent, checked against the catalog. It lives with the catalog,
 * not with the API's generic argument checks, so that {@code api} does not depend on a feature.
 */
public final class LeagueArguments {

  private LeagueArguments() {}

  public static LeagueDefinition league(String code) {
    return LeagueCatalog.standard().byCode(code).orElseThrow(() -> new InvalidArgumentException(
        "Unknown league code '" + code + "'. Known codes: " + LeagueCatalog.standard().all().stream()
            .map(LeagueDefinition::code).sorted().collect(Collectors.joining(", "))));
  }
}
