package com.matchcast.ledger;

/**
 * One group of the track record.
 *
 * @param key                   the league code, season, month (YYYY-MM) or model version id
 * @param matches               scored matches in the group
 * @param model                 the scored predictions' figures
 * @param closingMarket         the closing market's on the matches it priced, null when it priced none
 * @param preMatchMarket        the pre-match market's on the matches it priced, null when it priced none
 * @param modelMinusClosingRps  mean of model RPS minus closing RPS over the matches the closing market priced
 * @param modelMinusPreMatchRps the same against the pre-match market
 */
public record TrackRecordRow(String key, int matches, TrackRecordScores model, TrackRecordScores closingMarket,
    TrackRecordScores preMatchMarket, Double modelMinusClosingRps, Double modelMinusPreMatchRps) {}
