package com.matchcast.ingest.openfootball;

import com.matchcast.catalog.LeagueCatalog;
import com.matchcast.catalog.LeagueDefinition;
import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.SourceBatch;
import com.matchcast.ingest.collect.BatchBuilder;
import com.matchcast.ingest.collect.Collector;
import com.matchcast.ingest.ContentHash;
import com.matchcast.ingest.collect.IngestRuns;
import com.matchcast.ingest.http.ApiKeyPlacement;
import com.matchcast.ingest.http.JsonBodies;
import com.matchcast.ingest.http.SourceHttpClient;
import com.matchcast.ingest.http.SourceHttpClients;
import com.matchcast.ingest.http.SourceSettings;
import com.matchcast.ingest.http.SourcesProperties;
import com.matchcast.matchdata.SeasonCodes;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * openfootball football.json: one file per league season ({@code 2024-25/en.1.json}), public and
 * keyless. Incremental sync reads the current season's files; full sync every configured season.
 */
@Component
public class OpenFootballCollector implements Collector {

  public static final String SOURCE = "openfootball";

  private final SourceSettings settings;
  private final SourceHttpClient http;
  private final IngestRuns runs;
  private final LeagueCatalog leagues = LeagueCatalog.standard();
  private final Clock clock;

  public OpenFootballCollector(SourcesProperties sources, SourceHttpClients clients, IngestRuns runs,
      ObjectProvider<Clock> clock) {
    this.settings = sources.getOpenFootball();
    this.http = clients.create(SOURCE, settings, ApiKeyPlacement.none());
    this.runs = runs;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public SourceSettings settings() {
    return settings;
  }

  @Override
  public boolean isActive() {
    return settings.isEnabled();
  }

  @Override
  public Flux<IngestRunSummary> incrementalSync() {
    return seasons(List.of(SeasonCodes.startYear(LocalDate.now(clock))));
  }

  @Override
  public Flux<IngestRunSummary> fullSync() {
    int current = SeasonCodes.startYear(LocalDate.now(clock));
    List<Integer> years = settings.getSeasons().stream().filter(year -> year != current).sorted().toList();
    return seasons(years).concatWith(incrementalSync());
  }

  private Flux<IngestRunSummary> seasons(List<Integer> startYears) {
    return Flux.fromIterable(configuredLeagues()).concatMap(league ->
        Flux.fromIterable(startYears).concatMap(year -> season(league, year)));
  }

  private List<LeagueDefinition> configuredLeagues() {
    return settings.getLeagues().stream()
        .flatMap(code -> leagues.byCode(code).stream())
        .filter(league -> league.openFootballCode() != null)
        .toList();
  }

  /** football.json names season folders "2024-25". */
  private Mono<IngestRunSummary> season(LeagueDefinition league, int startYear) {
    String path = "/" + startYear + "-" + String.format("%02d", (startYear + 1) % 100) + "/"
        + league.openFootballCode() + ".json";
    OpenFootballMatches matches = new OpenFootballMatches(league, SeasonCodes.code(startYear));
    Mono<SourceBatch> batch = http.get(path, Map.of()).map(response -> {
      BatchBuilder builder = new BatchBuilder();
      matches.map(JsonBodies.parse(SOURCE, response), path, builder);
      return builder.build(SOURCE, path, ContentHash.sha256(List.of(response.body())));
    });
    return runs.store(SOURCE, path, batch);
  }
}
