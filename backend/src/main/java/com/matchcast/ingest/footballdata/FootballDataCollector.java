package com.matchcast.ingest.footballdata;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.SeasonCodes;
import com.matchcast.ingest.collect.Collector;
import com.matchcast.ingest.collect.IngestRuns;
import com.matchcast.ingest.http.ApiKeyPlacement;
import com.matchcast.ingest.http.SourceHttpClient;
import com.matchcast.ingest.http.SourceHttpClients;
import com.matchcast.ingest.http.SourceSettings;
import com.matchcast.ingest.http.SourcesProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * football-data.co.uk over HTTP, in the site's own layout: one file per division and season
 * ({@code /mmz4281/2324/E0.csv}) and the upcoming fixtures with prices ({@code /fixtures.csv}).
 * The site re-issues files during a season; a re-issued file is re-read, an identical one skipped.
 */
@Component
public class FootballDataCollector implements Collector {

  /** The first season of the historical files Matchcast reads. */
  static final int FIRST_SEASON = 2000;

  private final SourceSettings settings;
  private final SourceHttpClient client;
  private final IngestRuns runs;
  private final Clock clock;
  private final FootballDataCsvParser parser = new FootballDataCsvParser();

  public FootballDataCollector(SourcesProperties sources, SourceHttpClients clients, IngestRuns runs,
      ObjectProvider<Clock> clock) {
    this.settings = sources.getFootballData();
    this.client = clients.create(FootballDataCsvParser.SOURCE, settings, ApiKeyPlacement.none());
    this.runs = runs;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  @Override
  public String source() {
    return FootballDataCsvParser.SOURCE;
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
    return seasonFiles(settings.getLeagues(), List.of(currentSeason())).concatWith(fixtures());
  }

  @Override
  public Flux<IngestRunSummary> fullSync() {
    return seasonFiles(List.of(), List.of()).concatWith(fixtures());
  }

  /** One ingest run per division and season; empty arguments mean the configured leagues and seasons. */
  public Flux<IngestRunSummary> seasonFiles(Collection<String> leagues, Collection<String> seasons) {
    Collection<String> divisions = leagues.isEmpty() ? settings.getLeagues() : leagues;
    Collection<String> seasonCodes = seasons.isEmpty() ? configuredSeasons() : seasons;
    return Flux.fromIterable(seasonCodes).concatMap(season -> Flux.fromIterable(divisions)
        .concatMap(division -> seasonFile(division.trim().toUpperCase(), SeasonCodes.requireValid(season))));
  }

  /** The configured seasons, or every season from 2000 up to the current one. */
  private List<String> configuredSeasons() {
    if (!settings.getSeasons().isEmpty()) {
      return settings.getSeasons().stream().map(SeasonCodes::code).toList();
    }
    int current = SeasonCodes.startYear(LocalDate.now(clock));
    return IntStream.rangeClosed(FIRST_SEASON, current).mapToObj(SeasonCodes::code).toList();
  }

  private Mono<IngestRunSummary> seasonFile(String division, String season) {
    String path = FootballDataUrls.seasonFilePath(division, season);
    return runs.store(source(), settings.getBaseUrl() + path,
        client.get(path, Map.of()).map(response -> parser.parse(settings.getBaseUrl() + path, response.body(),
            division, season)));
  }

  private Mono<IngestRunSummary> fixtures() {
    String path = FootballDataUrls.FIXTURES_PATH;
    return runs.store(source(), settings.getBaseUrl() + path,
        client.get(path, Map.of()).map(response -> parser.parse(settings.getBaseUrl() + path, response.body(),
            null, null)));
  }

  private String currentSeason() {
    return SeasonCodes.seasonOf(LocalDate.now(clock));
  }
}
