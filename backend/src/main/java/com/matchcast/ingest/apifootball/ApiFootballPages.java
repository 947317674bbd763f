package com.matchcast.ingest.apifootball;

import com.matchcast.ingest.ContentHash;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Every page of one API-Football query, read in full.
 *
 * @param target the query without key or page, e.g. {@code /fixtures?league=39&season=2024}
 * @param items  the {@code response} items of all pages, in order
 * @param bodies the raw bodies, for the content hash
 */
public record ApiFootballPages(String target, List<JsonNode> items, List<byte[]> bodies) {

  public String contentHash() {
    return ContentHash.sha256(bodies);
  }
}
