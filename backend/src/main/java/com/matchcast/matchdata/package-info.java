/**
 * The match and odds records every feature reads (a match as a source reported it, its
 * prices, statistics and status, season codes). They sit apart from {@code ingest}, which
 * writes them, so that the catalog, the timeline, the features and the API can use them
 * without depending on the importers: this package depends on nothing of Matchcast.
 */
package com.matchcast.matchdata;
