package com.matchcast.standings;

import com.matchcast.api.Arguments;
import com.matchcast.cache.CacheRegion;
import com.matchcast.cache.ReadCache;
import com.matchcast.catalog.LeagueArguments;
import com.matchcast.serving.ServingHorizon;
import com.matchcast.standings.persistence.StandingsQueries;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * League tables computed from the stored results; in a replay, from those its clock has seen.
 * Live tables are cached until the next import; a replay's move with its clock and are not.
 */
@Service
public class StandingsService {

  private final StandingsQueries queries;
  private final ServingHorizon horizon;
  private final ReadCache cache;

  public StandingsService(StandingsQueries queries, ServingHorizon horizon, ReadCache cache) {
    this.queries = queries;
    this.horizon = horizon;
    this.cache = cache;
  }

  public Mono<List<Standing>> standings(String league, String season, LocalDate asOf) {
    String leagueCode = LeagueArguments.league(league).code();
    String seasonCode = Arguments.season(season);
    ServingHorizon.View view = horizon.view();
    Mono<List<Standing>> table = queries.finishedResults(leagueCode, seasonCode, asOf, view.results()).collectList()
        .map(LeagueTable::of);
    return view.showsEverything()
        ? cache.get(CacheRegion.STANDINGS, leagueCode + "|" + seasonCode + "|" + asOf, () -> table) : table;
  }
}
