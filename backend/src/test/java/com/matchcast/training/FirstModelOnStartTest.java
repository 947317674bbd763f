package com.matchcast.training;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Mono;

/** A new installation imports its history on start, then trains and serves its first model by itself. */
@FreshInstallation
@TestPropertySource(properties = {
    "matchcast.training.leagues=E0",
    "matchcast.training.training-window=P10Y",
    "matchcast.training.promotion=ALWAYS",
    // live: the store has no upcoming fixture, so AUTO would replay its last season on a model trained before it
    "matchcast.serving.mode=live"})
class FirstModelOnStartTest {

  @Autowired ModelRegistry registry;

  @DynamicPropertySource
  static void syntheticMirror(DynamicPropertyRegistry properties) throws IOException {
    Path mirror = Files.createTempDirectory("matchcast-mirror");
    new SyntheticFootballData(5).write(mirror, 2008, 2019);
    properties.add("matchcast.bootstrap.football-data-dir", mirror::toString);
  }

  @Test
  void aQuickFirstModelIsServedAfterTheStartupImportThenTheFullOneReplacesIt() {
    ModelVersion first = Mono.defer(registry::promoted)
        .repeatWhenEmpty(attempts -> attempts.delayElements(Duration.ofSeconds(1)))
        .block(Duration.ofMinutes(5));
    List<ModelVersion> versions = Mono.defer(() -> registry.list().collectList())
        .filter(all -> all.size() >= 2 && all.get(1).promoted())
        .repeatWhenEmpty(attempts -> attempts.delayElements(Duration.ofSeconds(1)))
        .block(Duration.ofMinutes(5));

    assertThat(first.trainedTo()).as("trained up to the last imported season").isAfter(LocalDate.of(2019, 6, 30));
    assertThat(first.metrics()).containsKey("oos_rps");
    assertThat(versions).as("the quick run and the full one, not one run per event").hasSize(2);
    ModelVersion quick = versions.get(0);
    ModelVersion full = versions.get(1);
    assertThat(quick.id()).isEqualTo(first.id());
    assertThat(quick.trainedFrom()).as("eight years at most").isEqualTo(quick.trainedTo().plusDays(1).minusYears(8));
    assertThat(full.trainedFrom()).as("the configured window").isEqualTo(full.trainedTo().plusDays(1).minusYears(10));
    assertThat(full.trainedTo()).isEqualTo(quick.trainedTo());
    assertThat(registry.promoted().block().id()).isEqualTo(full.id());
  }
}
