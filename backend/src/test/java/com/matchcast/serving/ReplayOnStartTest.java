package com.matchcast.serving;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.backtest.SyntheticFootballData;
import com.matchcast.model.registry.ModelRegistry;
import com.matchcast.model.registry.ModelVersion;
import com.matchcast.support.FreshInstallation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Mono;

/**
 * A new installation whose store holds past seasons only replays the last complete one by itself:
 * it says so, trains its first model on the seasons before, serves it, and forecasts and scores.
 */
@FreshInstallation
@TestPropertySource(properties = {
    "matchcast.training.leagues=E0",
    "matchcast.training.training-window=P8Y",
    "matchcast.serving.replay-speed=86400"})
class ReplayOnStartTest {

  @Autowired ModelRegistry registry;
  @Autowired PredictionService predictions;
  @Autowired DatabaseClient db;

  @DynamicPropertySource
  static void syntheticMirror(DynamicPropertyRegistry properties) throws IOException {
    Path mirror = Files.createTempDirectory("matchcast-mirror");
    new SyntheticFootballData(5).write(mirror, 2005, 2019);
    // a second division nobody serves, with clubs of its own: the start-up import stores it too
    Files.createDirectories(mirror.resolve("SC0"));
    for (int year = 2005; year <= 2019; year++) {
      String season = year + "-" + (year + 1) + ".csv";
      String e0 = Files.readString(mirror.resolve("E0").resolve(season));
      Files.writeString(mirror.resolve("SC0").resolve(season), e0.lines()
          .map(line -> line.startsWith("E0,") ? "SC0," + line.substring(3).replaceAll(",([A-Z][a-z]+),([A-Z][a-z]+),",
              ",Port $1,Port $2,") : line)
          .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
    }
    properties.add("matchcast.bootstrap.football-data-dir", mirror::toString);
  }

  @Test
  void theLastCompleteSeasonIsReplayedOnAModelTrainedBeforeIt() {
    ModelVersion served = Mono.defer(registry::promoted)
        .repeatWhenEmpty(attempts -> attempts.delayElements(Duration.ofSeconds(1)))
        .block(Duration.ofMinutes(5));
    LocalDate firstMatch = db.sql("SELECT MIN(m.match_date) AS d FROM matches m JOIN season s ON s.id = m.season_id"
            + " WHERE s.code = '2019-2020'").map(row -> row.get("d", LocalDate.class)).one().block();

    assertThat(predictions.clock().isReplay()).isTrue();
    List<String> importOrder = Mono.defer(() -> db.sql("SELECT target FROM ingest_run WHERE rows_inserted > 0 ORDER BY id")
            .map(row -> row.get("target", String.class)).all().collectList())
        .filter(targets -> targets.size() >= 30)
        .repeatWhenEmpty(attempts -> attempts.delayElements(Duration.ofSeconds(1)))
        .block(Duration.ofMinutes(2));
    assertThat(importOrder).as("both divisions' 15 files").hasSize(30);
    assertThat(Mono.defer(() -> db.sql("SELECT COUNT(*) AS n FROM matches m JOIN league l ON l.id = m.league_id"
            + " WHERE l.code = 'SC0'").map(row -> row.get("n", Number.class).longValue()).one())
        .filter(n -> n == 15 * 90).repeatWhenEmpty(attempts -> attempts.delayElements(Duration.ofSeconds(1)))
        .block(Duration.ofMinutes(2))).isEqualTo(15 * 90);
    assertThat(LocalDate.ofInstant(predictions.clock().replayStart(), ZoneOffset.UTC))
        .as("two days before the last complete season's first match").isEqualTo(firstMatch.minusDays(2));
    assertThat(served.trainedTo()).as("the replay's model never saw its season").isBefore(firstMatch);

    long scored = Mono.defer(() -> db.sql("SELECT COUNT(*) AS n FROM prediction_score")
            .map(row -> row.get("n", Number.class).longValue()).one())
        .filter(n -> n > 0)
        .repeatWhenEmpty(attempts -> attempts.delayElements(Duration.ofSeconds(1)))
        .block(Duration.ofMinutes(2));
    assertThat(scored).as("matches of the replay finished and were scored").isPositive();
    assertThat(db.sql("SELECT MIN(created_at) AS t FROM prediction").map(row -> row.get("t",
            java.time.LocalDateTime.class)).one().block().toLocalDate())
        .as("predictions are made on the replay's clock").isBefore(LocalDate.of(2020, 6, 1));
  }
}
