package com.matchcast.quality;

import com.matchcast.api.ApiTestSupport;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The data-quality report and the ingest-run history over GraphQL, on H2 and on MariaDB. */
class DataQualityApiTest {

  abstract static class Contract extends ApiTestSupport {

    @Test
    void reportCountsCompletenessPerColumnGroupAndGroupsRejects() {
      graphQl.documentName("dataQuality").variable("league", "E0").variable("season", "2023-2024").execute()
          .path("dataQuality").matchesJson("""
              {"league": "E0", "season": "2023-2024", "matches": 10, "finishedMatches": 8,
               "results": {"count": 8, "share": 0.8},
               "statistics": {"count": 3, "share": 0.3},
               "preMatchOdds": {"count": 2, "share": 0.2},
               "closingOdds": {"count": 1, "share": 0.1},
               "overUnderOdds": {"count": 1, "share": 0.1},
               "asianHandicapOdds": {"count": 1, "share": 0.1},
               "rejects": [{"reason": "unknown team", "count": 2}, {"reason": "bad date", "count": 1}],
               "duplicatesSkipped": 2}""");
    }

    @Test
    void seasonWithoutDataReportsZeroShares() {
      graphQl.documentName("dataQuality").variable("league", "SP1").variable("season", "2023-2024").execute()
          .path("dataQuality").matchesJson("""
              {"matches": 0, "finishedMatches": 0, "results": {"count": 0, "share": 0.0}, "rejects": [],
               "duplicatesSkipped": 0}""");
    }

    @Test
    void reportsCoverEveryLeagueSeasonWithData() {
      graphQl.documentName("dataQualityReports").execute()
          .path("dataQualityReports").matchesJson("""
              [{"league": "E0", "season": "2022-2023", "matches": 2, "rejects": [{"reason": "bad date", "count": 1}]},
               {"league": "E0", "season": "2023-2024", "matches": 10, "duplicatesSkipped": 2}]""");
    }

    @Test
    void ingestRunsNewestFirstWithTheirCounts() {
      var runs = graphQl.documentName("ingestRuns").variable("last", 2).execute();
      runs.path("ingestRuns[*].id").entityList(String.class).containsExactly("4", "3");
      runs.path("ingestRuns[0]").matchesJson("""
          {"source": "api-football", "target": "E0/2023", "status": "FAILED", "finishedAt": null,
           "message": "HTTP 429 after 3 retries", "contentHash": null}""");
      graphQl.documentName("ingestRuns").execute()
          .path("ingestRuns[3]").matchesJson("""
              {"id": "1", "status": "SUCCEEDED", "rowsRead": 381, "inserted": 380, "updated": 0, "unchanged": 0,
               "rejected": 1, "duplicates": 0, "oddsRows": 1520}""");
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  class OnMariaDb extends Contract {}
}
