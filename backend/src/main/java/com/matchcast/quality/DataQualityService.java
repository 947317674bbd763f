package com.matchcast.quality;

import com.matchcast.api.Arguments;
import com.matchcast.catalog.LeagueArguments;
import com.matchcast.quality.persistence.QualityQueries;
import java.util.Comparator;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Data-quality reports per league season, for the API and the command line. */
@Service
public class DataQualityService {

  private final QualityQueries queries;

  public DataQualityService(QualityQueries queries) {
    this.queries = queries;
  }

  public Mono<DataQualityReport> report(String league, String season) {
    return reportOf(new LeagueSeason(LeagueArguments.league(league).code(), Arguments.season(season)));
  }

  /**
   * One report per league season with stored matches or rejects, by league then season. Stored
   * codes are reported as they are, even if the catalog no longer lists the league.
   */
  public Flux<DataQualityReport> reports() {
    return queries.leagueSeasons()
        .sort(Comparator.comparing(LeagueSeason::league).thenComparing(LeagueSeason::season))
        .concatMap(this::reportOf);
  }

  private Mono<DataQualityReport> reportOf(LeagueSeason leagueSeason) {
    String league = leagueSeason.league();
    String season = leagueSeason.season();
    return Mono.zip(queries.coverage(league, season).defaultIfEmpty(MatchCoverage.empty()),
            queries.rejectReasons(league, season), queries.newClubs(league, season))
        .map(found -> DataQualityReport.of(league, season, found.getT1(), found.getT2(), found.getT3()));
  }
}
