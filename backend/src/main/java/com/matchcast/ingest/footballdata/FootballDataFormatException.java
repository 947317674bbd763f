package com.matchcast.ingest.footballdata;

/** The content is not a football-data CSV at all (an empty download, an HTML error page). */
public final class FootballDataFormatException extends IllegalArgumentException {

  public FootballDataFormatException(String message) {
    super(message);
  }
}
