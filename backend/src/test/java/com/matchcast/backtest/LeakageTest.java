package com.matchcast.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.feature.FeatureMatrix;
import com.matchcast.feature.FeaturePipeline;
import com.matchcast.forecast.ForecastSetup;
import com.matchcast.ingest.SourceBatch;
import com.matchcast.ingest.footballdata.FootballDataCsvParser;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.OddsQuote;
import com.matchcast.timeline.TimelineReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No leakage, proven on the standard feature set: changing any later match's result, or any
 * closing price, leaves the features of earlier matches byte-for-byte unchanged.
 */
class LeakageTest {

  static final LocalDate CUT = LocalDate.of(2016, 1, 1);
  @TempDir static Path data;
  static List<MatchRecord> records;

  @BeforeAll
  static void readAMirror() throws IOException {
    new SyntheticFootballData(11).write(data, 2013, 2016);
    records = new ArrayList<>();
    FootballDataCsvParser parser = new FootballDataCsvParser();
    for (int year = 2013; year <= 2016; year++) {
      String season = year + "-" + (year + 1);
      Path file = data.resolve("E0").resolve(season + ".csv");
      SourceBatch batch = parser.parse("E0/" + season + ".csv", Files.readAllBytes(file), "E0", season);
      records.addAll(batch.records());
    }
  }

  @Test
  void laterResultsDoNotReachEarlierFeatures() {
    FeatureMatrix original = features(records);
    FeatureMatrix altered = features(records.stream()
        .map(r -> r.date().isBefore(CUT) ? r : withGoals(r, r.awayGoals(), r.homeGoals() + 3)).toList());

    assertEarlierRowsIdentical(original, altered, records.stream().filter(r -> r.date().isBefore(CUT)).count());
    assertThat(differingRows(original, altered)).as("the change itself is visible after the cut").isPositive();
  }

  @Test
  void closingPricesReachNoFeatureAtAll() {
    FeatureMatrix original = features(records);
    FeatureMatrix altered = features(records.stream().map(LeakageTest::withDoubledClosingPrices).toList());

    assertThat(differingRows(original, altered)).isZero();
  }

  /** The timeline is sorted by date, so the earlier matches are the first rows. */
  private static void assertEarlierRowsIdentical(FeatureMatrix a, FeatureMatrix b, long earlier) {
    assertThat(earlier).isGreaterThan(200);
    for (int i = 0; i < earlier; i++) {
      assertThat(bits(a.rows()[i])).as("row %d", i).containsExactly(bits(b.rows()[i]));
    }
  }

  private static long differingRows(FeatureMatrix a, FeatureMatrix b) {
    long differing = 0;
    for (int i = 0; i < a.rows().length; i++) {
      if (!java.util.Arrays.equals(bits(a.rows()[i]), bits(b.rows()[i]))) {
        differing++;
      }
    }
    return differing;
  }

  private static long[] bits(double[] row) {
    long[] bits = new long[row.length];
    for (int i = 0; i < row.length; i++) {
      bits[i] = Double.doubleToRawLongBits(row[i]);
    }
    return bits;
  }

  private static FeatureMatrix features(List<MatchRecord> input) {
    return new FeaturePipeline(ForecastSetup.standardSources()).run(new TimelineReader().timeline(input));
  }

  private static MatchRecord withGoals(MatchRecord r, int home, int away) {
    return new MatchRecord(r.source(), r.location(), r.leagueCode(), r.seasonCode(), r.date(), r.kickoffUtc(),
        r.homeTeam(), r.awayTeam(), r.status(), home, away, null, null, null, r.referee(), r.venue(),
        r.attendance(), r.externalId(), r.statistics(), r.odds(), r.rawContent());
  }

  private static MatchRecord withDoubledClosingPrices(MatchRecord r) {
    return r.withOdds(r.odds().stream().map(q -> q.closing() ? doubled(q) : q).toList());
  }

  private static OddsQuote doubled(OddsQuote q) {
    BigDecimal two = BigDecimal.valueOf(2);
    return new OddsQuote(q.bookmaker(), q.market(), q.line(), true, times(q.home(), two), times(q.draw(), two),
        times(q.away(), two), times(q.over(), two), times(q.under(), two), times(q.yes(), two), times(q.no(), two),
        q.collectedAt());
  }

  private static BigDecimal times(BigDecimal price, BigDecimal factor) {
    return price == null ? null : price.multiply(factor);
  }
}
