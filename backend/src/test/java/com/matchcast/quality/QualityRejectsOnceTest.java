package com.matchcast.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import com.matchcast.ingest.footballdata.FootballDataImporter;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import com.matchcast.support.MirrorCopies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A rejected line counts once in the quality report however often its file is re-imported:
 * only the rejects of a file's latest successful run still stand.
 */
class QualityRejectsOnceTest {

  abstract static class Contract {
    @Autowired FootballDataImporter importer;
    @Autowired DataQualityService quality;
    @Autowired DatabaseClient db;
    @TempDir Path mirror;

    @Test
    void reImportingAChangedFileCountsItsBadRowOnce() throws IOException {
      Path file = MirrorCopies.copy("E1", "2014-2015", mirror);
      // Line 10 (Nott'm Forest v Blackpool) gets a date that does not exist.
      edit(file, 10, "E1,09/08/14,Nott'm Forest,", "E1,31/02/15,Nott'm Forest,");
      IngestRunSummary first = importOnce();
      // A genuine correction elsewhere (line 11, Watford v Bolton, another referee) makes the file new again.
      edit(file, 11, ",C Boyeson,", ",K Friend,");
      IngestRunSummary second = importOnce();
      IngestRunSummary third = importOnce();

      assertThat(List.of(first.status(), second.status(), third.status()))
          .containsExactly(IngestStatus.SUCCEEDED, IngestStatus.SUCCEEDED, IngestStatus.UNCHANGED);
      assertThat(second.updated()).isEqualTo(1);
      assertThat(db.sql("SELECT COUNT(*) AS n FROM rejected_row WHERE location = 'E1/2014-2015.csv:10'")
          .map(row -> ((Number) row.get("n")).intValue()).one().block())
          .as("each successful run records its rejects").isEqualTo(2);
      DataQualityReport report = quality.report("E1", "2014-2015").block();
      assertThat(report.rejects()).containsExactly(new RejectCount("unparseable date", 1));
      assertThat(first.rejectsByReason()).isEqualTo(java.util.Map.of("unparseable date", 1));
      assertThat(quality.reports().filter(r -> r.league().equals("E1")).collectList().block())
          .extracting(DataQualityReport::season).containsExactly("2014-2015");
    }

    private IngestRunSummary importOnce() {
      List<IngestRunSummary> runs = importer.importMirror(mirror, Set.of(), Set.of()).collectList().block();
      assertThat(runs).hasSize(1);
      return runs.get(0);
    }

    private static void edit(Path file, int line, String from, String to) throws IOException {
      List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
      assertThat(lines.get(line - 1)).contains(from);
      lines.set(line - 1, lines.get(line - 1).replace(from, to));
      Files.write(file, String.join("\r\n", lines).concat("\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  @Nested
  @EmbeddedDatabaseTest
  @TestPropertySource(properties = "matchcast.test.database=own")
  class OnH2 extends Contract {}

  @Nested
  @MariaDbTest
  @TestPropertySource(properties = "matchcast.test.database=own")
  class OnMariaDb extends Contract {}
}
