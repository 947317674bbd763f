package com.matchcast.rating;

/** The rating systems whose history is kept per club; the names are the schema's and the stored ones. */
public enum RatingSystem {
  ELO,
  PI_HOME,
  PI_AWAY,
  DC_ATTACK,
  DC_DEFENCE
}
