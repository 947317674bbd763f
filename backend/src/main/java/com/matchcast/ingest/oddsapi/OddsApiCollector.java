package com.matchcast.ingest.oddsapi;

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
import com.matchcast.ingest.http.SourceFetchException;
import com.matchcast.ingest.http.SourceHttpClient;
import com.matchcast.ingest.http.SourceHttpClients;
import com.matchcast.ingest.http.SourceResponse;
import com.matchcast.ingest.http.SourceSettings;
import com.matchcast.ingest.http.SourcesProperties;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The Odds API v4: per sport, the odds board (upcoming and live events with h2h and totals
 * prices) and the scores of the last days. The API keeps no history beyond {@code daysFrom=3},
 * so a full sync reads the same as an incremental one.
 */
@Component
public class OddsApiCollector implements Collector {

  public static final String SOURCE = "odds-api";
  private static final int SCORE_DAYS = 3;

  private final SourceSettings settings;
  private final SourceHttpClient http;
  private final IngestRuns runs;
  private final LeagueCatalog leagues = LeagueCatalog.standard();
  private final Clock clock;

  public OddsApiCollector(SourcesProperties sources, SourceHttpClients clients, IngestRuns runs,
      ObjectProvider<Clock> clock) {
    this.settings = sources.getOddsApi();
    this.http = clients.create(SOURCE, settings, ApiKeyPlacement.query("apiKey"));
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
    return settings.isEnabled() && settings.hasApiKey();
  }

  @Override
  public Flux<IngestRunSummary> incrementalSync() {
    return Flux.fromIterable(configuredLeagues()).concatMap(league -> Flux.concat(odds(league), scores(league)));
  }

  @Override
  public Flux<IngestRunSummary> fullSync() {
    return incrementalSync();
  }

  private List<LeagueDefinition> configuredLeagues() {
    return settings.getLeagues().stream()
        .flatMap(code -> leagues.byCode(code).stream())
        .filter(league -> league.oddsApiSport() != null)
        .toList();
  }

  private Mono<IngestRunSummary> odds(LeagueDefinition league) {
    String path = "/sports/" + league.oddsApiSport() + "/odds";
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("regions", "uk,eu");
    query.put("markets", "h2h,totals");
    query.put("oddsFormat", "decimal");
    query.put("dateFormat", "iso");
    LocalDateTime now = LocalDateTime.now(clock);
    OddsApiEvents events = new OddsApiEvents(league);
    return fetch(path, query, (event, location, batch) -> events.mapOdds(event, location, now, batch));
  }

  private Mono<IngestRunSummary> scores(LeagueDefinition league) {
    String path = "/sports/" + league.oddsApiSport() + "/scores";
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("daysFrom", SCORE_DAYS);
    query.put("dateFormat", "iso");
    OddsApiEvents events = new OddsApiEvents(league);
    return fetch(path, query, events::mapScore);
  }

  private Mono<IngestRunSummary> fetch(String path, Map<String, Object> query, EventMapping mapping) {
    Mono<SourceBatch> batch = http.get(path, query).map(response -> {
      JsonNode events = JsonBodies.parse(SOURCE, response);
      if (!events.isArray()) {
        throw SourceFetchException.of(SourceFetchException.Kind.MALFORMED_BODY, SOURCE, response.request(),
            "expected an array of events");
      }
      return toBatch(response, events, mapping);
    });
    return runs.store(SOURCE, target(path, query), batch);
  }

  private static SourceBatch toBatch(SourceResponse response, JsonNode events, EventMapping mapping) {
    BatchBuilder builder = new BatchBuilder();
    for (int i = 0; i < events.size(); i++) {
      mapping.map(events.get(i), response.request() + "#" + i, builder);
    }
    return builder.build(SOURCE, response.request(), ContentHash.sha256(List.of(response.body())));
  }

  private static String target(String path, Map<String, Object> query) {
    StringBuilder target = new StringBuilder(path);
    query.forEach((k, v) -> target.append(target.indexOf("?") < 0 ? '?' : '&').append(k).append('=').append(v));
    return target.toString();
  }

  @FunctionalInterface
  private interface EventMapping {
    void map(JsonNode event, String location, BatchBuilder batch);
  }
}
