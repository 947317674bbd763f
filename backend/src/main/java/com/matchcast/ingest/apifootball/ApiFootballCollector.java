package com.matchcast.ingest.apifootball;

import com.matchcast.catalog.LeagueCatalog;
import com.matchcast.catalog.LeagueDefinition;
import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.SourceBatch;
import com.matchcast.ingest.collect.BatchBuilder;
import com.matchcast.ingest.collect.Collector;
import com.matchcast.ingest.ContentHash;
import com.matchcast.ingest.collect.IngestRuns;
import com.matchcast.ingest.http.ApiKeyPlacement;
import com.matchcast.ingest.http.SourceHttpClients;
import com.matchcast.ingest.http.SourceSettings;
import com.matchcast.ingest.http.SourcesProperties;
import com.matchcast.matchdata.OddsQuote;
import com.matchcast.matchdata.SeasonCodes;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * API-Football v3: per league season, fixtures with their odds (one ingest run), then the
 * league table and injuries. A full sync first learns the provider's team names and ids.
 */
@Component
public class ApiFootballCollector implements Collector {

  public static final String SOURCE = "api-football";

  private final SourceSettings settings;
  private final ApiFootballClient client;
  private final IngestRuns runs;
  private final ApiFootballTables tables;
  private final ApiFootballTeams teams;
  private final LeagueCatalog leagues = LeagueCatalog.standard();
  private final FixtureMapper fixtures = new FixtureMapper(leagues);
  private final OddsMapper odds = new OddsMapper();
  private final Clock clock;

  public ApiFootballCollector(SourcesProperties sources, SourceHttpClients clients, IngestRuns runs,
      ApiFootballTables tables, ApiFootballTeams teams, ObjectProvider<Clock> clock) {
    this.settings = sources.getApiFootball();
    this.client = new ApiFootballClient(clients.create(SOURCE, settings, ApiKeyPlacement.header("x-apisports-key")));
    this.runs = runs;
    this.tables = tables;
    this.teams = teams;
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
    int season = SeasonCodes.startYear(LocalDate.now(clock));
    return Flux.fromIterable(configuredLeagues()).concatMap(league -> Flux.concat(
        fixturesAndOdds(league, season, true), standings(league, season), injuries(league, season)));
  }

  @Override
  public Flux<IngestRunSummary> fullSync() {
    int current = SeasonCodes.startYear(LocalDate.now(clock));
    Flux<IngestRunSummary> past = Flux.fromIterable(configuredLeagues()).concatMap(league ->
        Flux.fromIterable(settings.getSeasons()).filter(season -> season != current).concatMap(season ->
            Flux.concat(teamNames(league, season), fixturesAndOdds(league, season, false), standings(league, season))));
    Flux<IngestRunSummary> currentTeams = Flux.fromIterable(configuredLeagues())
        .concatMap(league -> teamNames(league, current));
    return Flux.concat(past, currentTeams, incrementalSync());
  }

  private List<LeagueDefinition> configuredLeagues() {
    return settings.getLeagues().stream()
        .flatMap(code -> leagues.byCode(code).stream())
        .filter(league -> league.apiFootballId() != null)
        .toList();
  }

  private Mono<IngestRunSummary> fixturesAndOdds(LeagueDefinition league, int season, boolean withOdds) {
    Map<String, Object> query = query(league, season);
    String target = "/fixtures?league=" + league.apiFootballId() + "&season=" + season;
    Mono<ApiFootballPages> oddsPages = withOdds
        ? client.fetchAll("/odds", query) : Mono.just(new ApiFootballPages("/odds", List.of(), List.of()));
    Mono<SourceBatch> batch = client.fetchAll("/fixtures", query)
        .zipWhen(fixturePages -> oddsPages)
        .map(pages -> batch(target, pages.getT1(), pages.getT2()));
    return runs.store(SOURCE, target, batch);
  }

  private SourceBatch batch(String target, ApiFootballPages fixturePages, ApiFootballPages oddsPages) {
    BatchBuilder builder = new BatchBuilder();
    List<JsonNode> items = fixturePages.items();
    for (int i = 0; i < items.size(); i++) {
      fixtures.map(items.get(i), target + "#" + i, builder);
    }
    Map<String, List<OddsQuote>> quotesByFixture = new HashMap<>();
    for (JsonNode item : oddsPages.items()) {
      quotesByFixture.computeIfAbsent(item.path("fixture").path("id").asString(), id -> new ArrayList<>())
          .addAll(odds.quotes(item));
    }
    builder.updateRecords(record -> record.withOdds(quotesByFixture.getOrDefault(record.externalId(), List.of())));
    List<byte[]> bodies = new ArrayList<>(fixturePages.bodies());
    bodies.addAll(oddsPages.bodies());
    return builder.build(SOURCE, target, ContentHash.sha256(bodies));
  }

  private Mono<IngestRunSummary> standings(LeagueDefinition league, int season) {
    String target = "/standings?league=" + league.apiFootballId() + "&season=" + season;
    return runs.runUnrecorded(SOURCE, target, client.fetchAll("/standings", query(league, season))
        .flatMap(pages -> tables.storeStandings(league, SeasonCodes.code(season), pages.items())));
  }

  private Mono<IngestRunSummary> injuries(LeagueDefinition league, int season) {
    String target = "/injuries?league=" + league.apiFootballId() + "&season=" + season;
    return runs.runUnrecorded(SOURCE, target, client.fetchAll("/injuries", query(league, season))
        .flatMap(pages -> tables.storeInjuries(league, pages.items())));
  }

  private Mono<IngestRunSummary> teamNames(LeagueDefinition league, int season) {
    String target = "/teams?league=" + league.apiFootballId() + "&season=" + season;
    return runs.runUnrecorded(SOURCE, target, client.fetchAll("/teams", query(league, season))
        .flatMap(pages -> teams.learnAliases(league, pages.items())));
  }

  private static Map<String, Object> query(LeagueDefinition league, int season) {
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("league", league.apiFootballId());
    query.put("season", season);
    return query;
  }
}
