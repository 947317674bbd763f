package com.matchcast.ingest.footballdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.MariaDbTest;
import com.matchcast.support.MirrorCopies;
import com.matchcast.support.RealFootballData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A folder import over files that cannot be parsed: each is recorded as a FAILED run with the
 * reason, and the files after it are imported. Real files, damaged copies made here.
 */
class FootballDataImportFailuresTest {

  static final String HTML = "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
      + "<body><h1>Not Found</h1></body></html>\n";

  abstract static class Contract {
    @Autowired FootballDataImporter importer;
    @Autowired DatabaseClient db;
    @TempDir Path mirror;

    @Test
    void aFileThatCannotBeParsedIsRecordedAsFailedAndTheImportGoesOn() throws IOException {
      write("E0/2010-2011.csv", HTML.getBytes(StandardCharsets.UTF_8));
      write("E0/2011-2012.csv", new byte[0]);
      MirrorCopies.copy("E1", "2011-2012", mirror);
      write("E0/2012-2013.csv", garbage());
      String header = Files.readAllLines(RealFootballData.file("E0", "2013-2014"), StandardCharsets.ISO_8859_1).get(0);
      write("E0/2013-2014.csv", (header + "\r\n").getBytes(StandardCharsets.UTF_8));

      List<IngestRunSummary> runs = importer.importMirror(mirror, Set.of(), Set.of()).collectList().block();

      assertThat(runs).extracting(IngestRunSummary::target, IngestRunSummary::status, IngestRunSummary::rowsRead,
          IngestRunSummary::message).containsExactly(
              tuple("E0/2010-2011.csv", IngestStatus.FAILED, 0, "E0/2010-2011.csv has no Date/HomeTeam/AwayTeam header"),
              tuple("E0/2011-2012.csv", IngestStatus.FAILED, 0, "E0/2011-2012.csv is empty"),
              tuple("E1/2011-2012.csv", IngestStatus.SUCCEEDED, 552, null),
              tuple("E0/2012-2013.csv", IngestStatus.FAILED, 0, "E0/2012-2013.csv has no Date/HomeTeam/AwayTeam header"),
              tuple("E0/2013-2014.csv", IngestStatus.SUCCEEDED, 0, null));
      assertThat(runs.get(2).inserted()).isEqualTo(552);
      assertThat(db.sql("SELECT target, status, message FROM ingest_run WHERE status = 'FAILED' ORDER BY id")
          .map(row -> row.get("target", String.class) + " " + row.get("status", String.class) + " "
              + row.get("message", String.class)).all().collectList().block())
          .containsExactly("E0/2010-2011.csv FAILED E0/2010-2011.csv has no Date/HomeTeam/AwayTeam header",
              "E0/2011-2012.csv FAILED E0/2011-2012.csv is empty",
              "E0/2012-2013.csv FAILED E0/2012-2013.csv has no Date/HomeTeam/AwayTeam header");
    }

    /** Bytes of every value, as a corrupted download or a file of the wrong kind gives. */
    private static byte[] garbage() {
      byte[] bytes = new byte[4096];
      new Random(9).nextBytes(bytes);
      return bytes;
    }

    private void write(String file, byte[] content) throws IOException {
      Files.createDirectories(mirror.resolve(file).getParent());
      Files.write(mirror.resolve(file), content);
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
