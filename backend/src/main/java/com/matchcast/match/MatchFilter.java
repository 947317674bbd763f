package com.matchcast.match;

import com.matchcast.matchdata.MatchStatus;
import java.time.LocalDate;

/** The client's match filter as sent; every part is optional. */
public record MatchFilter(String league, String season, String team, LocalDate from, LocalDate to, MatchStatus status) {

  public static MatchFilter none() {
    return new MatchFilter(null, null, null, null, null, null);
  }
}
