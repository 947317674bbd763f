package com.matchcast.ingest.http;

/**
 * Where a provider expects its key: a header (API-Football {@code x-apisports-key}), a query
 * parameter (The Odds API {@code apiKey}), or nowhere (openfootball).
 */
public record ApiKeyPlacement(Where where, String name) {

  public enum Where { NONE, HEADER, QUERY }

  public static ApiKeyPlacement none() {
    return new ApiKeyPlacement(Where.NONE, null);
  }

  public static ApiKeyPlacement header(String name) {
    return new ApiKeyPlacement(Where.HEADER, name);
  }

  public static ApiKeyPlacement query(String name) {
    return new ApiKeyPlacement(Where.QUERY, name);
  }
}
