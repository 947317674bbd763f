package com.matchcast.ingest.footballdata;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.collect.Collector;
import com.matchcast.ingest.collect.IngestRuns;
import com.matchcast.ingest.http.ApiKeyPlacement;
import com.matchcast.ingest.http.SourceHttpClient;
import com.matchcast.ingest.http.SourceHttpClients;
import com.matchcast.ingest.http.SourceSettings;
import com.matchcast.ingest.http.SourcesProperties;
import com.matchcast.catalog.LeagueCatalog;
import com.matchcast.catalog.LeagueDefinition;
import com.matchcast.matchdata.SeasonCodes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * football-data.co.uk over HTTP, in the site's own layout: one file per division and season
 * ({@code /mmz4281/2324/E0.csv}), one file per extra league ({@code /new/ARG.csv}) and the
 * upcoming fixtures with prices ({@code /fixtures.csv}, {@code /new_league_fixtures.csv}).
 * The site re-issues files during a season; a re-issued file is re-read, an identical one skipped.
 */
@Component
public class FootballDataCollector implements Collector {

  /** The first season of the historical files Matchcast reads. */
  static final int FIRST_SEASON = 2000;

  /** Files in a row that could not reach the site before a bulk run stops trying. */
  static final int UNREACHABLE_AFTER = 3;

  private static final Logger log = LoggerFactory.getLogger(FootballDataCollector.class);

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

  /**
   * One ingest run per division and season, and one per extra league (whose seasons share one
   * file); empty arguments mean the configured leagues and seasons. When {@value #UNREACHABLE_AFTER}
   * files in a row cannot reach the site, the run stops there and says so; the files not tried
   * keep what they had, and the next run tries again.
   */
  public Flux<IngestRunSummary> seasonFiles(Collection<String> leagues, Collection<String> seasons) {
    List<String> divisions = (leagues.isEmpty() ? settings.getLeagues() : leagues).stream()
        .map(code -> code.trim().toUpperCase(Locale.ROOT)).toList();
    Collection<String> seasonCodes = seasons.isEmpty() ? configuredSeasons() : seasons;
    List<Function<SiteReachability, Mono<IngestRunSummary>>> files = new ArrayList<>();
    for (String season : seasonCodes) {
      divisions.stream().filter(code -> !isOneFileLeague(code))
          .forEach(division -> files.add(site -> seasonFile(division, season, site)));
    }
    divisions.stream().filter(this::isOneFileLeague).forEach(code -> files.add(site -> leagueFile(code, site)));
    return Flux.defer(() -> {
      SiteReachability site = new SiteReachability(UNREACHABLE_AFTER);
      AtomicInteger tried = new AtomicInteger();
      return Flux.fromIterable(files)
          .concatMap(file -> {
            if (site.gaveUp()) {
              return Mono.<IngestRunSummary>empty();
            }
            tried.incrementAndGet();
            return file.apply(site);
          })
          .doOnComplete(() -> {
            if (site.gaveUp()) {
              log.warn("{} could not be reached for {} files in a row (last: {}); the other {} files of this run"
                  + " were not tried and keep what they had; the next run tries again", settings.getBaseUrl(),
                  site.failedInARow(), site.lastFailure(), files.size() - tried.get());
            }
          });
    });
  }

  /** The configured seasons, or every season from 2000 up to the current one. */
  private List<String> configuredSeasons() {
    if (!settings.getSeasons().isEmpty()) {
      return settings.getSeasons().stream().map(SeasonCodes::code).toList();
    }
    int current = SeasonCodes.startYear(LocalDate.now(clock));
    return IntStream.rangeClosed(FIRST_SEASON, current).mapToObj(SeasonCodes::code).toList();
  }

  private Mono<IngestRunSummary> seasonFile(String division, String season, SiteReachability site) {
    if (!SeasonCodes.isValid(season) || LeagueCatalog.standard().byCode(division).isEmpty()) {
      return runs.store(source(), division + "/" + season, Mono.error(new IllegalArgumentException(
          "no such football-data file: league " + division + ", season " + season
              + " (leagues are codes such as E0 or SP1, seasons look like 2023-2024)")));
    }
    return fetchAndParse(FootballDataUrls.seasonFilePath(division, season), division, season, site);
  }

  /** An extra league: every season in one file, each row naming its season. */
  private Mono<IngestRunSummary> leagueFile(String code, SiteReachability site) {
    return fetchAndParse(FootballDataUrls.extraLeaguePath(code), code, null, site);
  }

  /** Upcoming matches of the main leagues, and of the extra leagues when any is configured. */
  private Flux<IngestRunSummary> fixtures() {
    Flux<IngestRunSummary> main = fetchAndParse(FootballDataUrls.FIXTURES_PATH, null, null).flux();
    boolean extras = settings.getLeagues().stream().anyMatch(this::isOneFileLeague);
    return extras ? main.concatWith(fetchAndParse(FootballDataUrls.EXTRA_FIXTURES_PATH, null, null)) : main;
  }

  private Mono<IngestRunSummary> fetchAndParse(String path, String division, String season) {
    return fetchAndParse(path, division, season, new SiteReachability(UNREACHABLE_AFTER));
  }

  private Mono<IngestRunSummary> fetchAndParse(String path, String division, String season, SiteReachability site) {
    String target = settings.getBaseUrl() + path;
    return runs.store(source(), target, client.get(path, Map.of())
        .doOnSuccess(response -> site.reached())
        .doOnError(site::failed)
        .map(response -> parser.parse(target, response.body(), division, season)));
  }

  private boolean isOneFileLeague(String code) {
    return LeagueCatalog.standard().byCode(code).map(LeagueDefinition::oneFootballDataFile).orElse(false);
  }

  private String currentSeason() {
    return SeasonCodes.seasonOf(LocalDate.now(clock));
  }
}
