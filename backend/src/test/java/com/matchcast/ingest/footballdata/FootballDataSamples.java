package com.matchcast.ingest.footballdata;

import com.matchcast.ingest.SourceBatch;
import com.matchcast.matchdata.MatchRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The small sample files under src/test/resources/footballdata, written in the real formats. */
final class FootballDataSamples {

  private FootballDataSamples() {}

  static byte[] bytes(String name) {
    try (InputStream in = FootballDataSamples.class.getResourceAsStream("/footballdata/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SourceBatch parse(String name, String division, String season) {
    return new FootballDataCsvParser().parse(name, bytes(name), division, season);
  }

  static MatchRecord match(SourceBatch batch, String homeTeam) {
    return batch.records().stream().filter(m -> m.homeTeam().equals(homeTeam)).findFirst()
        .orElseThrow(() -> new AssertionError("no match with home team " + homeTeam));
  }
}
