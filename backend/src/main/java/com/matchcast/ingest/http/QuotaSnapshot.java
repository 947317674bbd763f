package com.matchcast.ingest.http;

/**
 * What a provider last said about its quota; a value it did not send is null.
 *
 * @param remaining       calls left in the quota period (API-Football per day, The Odds API per month)
 * @param limit           calls allowed in that period
 * @param used            calls spent in that period
 * @param lastCost        what the last call cost (The Odds API charges markets x regions)
 * @param minuteRemaining calls left in the current minute (API-Football)
 */
public record QuotaSnapshot(Integer remaining, Integer limit, Integer used, Integer lastCost, Integer minuteRemaining) {

  public static QuotaSnapshot unknown() {
    return new QuotaSnapshot(null, null, null, null, null);
  }
}
