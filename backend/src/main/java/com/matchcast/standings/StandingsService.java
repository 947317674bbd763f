package com.matchcast.standings;

import com.matchcast.api.Arguments;
import com.matchcast.catalog.LeagueArguments;
import com.matchcast.serving.ServingHorizon;
import com.matchcast.standings.persistence.StandingsQueries;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** League tables computed from the stored results; in a replay, from those its clock has seen. */
@Service
public class StandingsService {

  private final StandingsQueries queries;
  private final ServingHorizon horizon;

  public StandingsService(StandingsQueries queries, ServingHorizon horizon) {
    this.queries = queries;
    this.horizon = horizon;
  }

  public Mono<List<Standing>> standings(String league, String season, LocalDate asOf) {
    String leagueCode = LeagueArguments.league(league).code();
    String seasonCode = Arguments.season(season);
    return queries.finishedResults(leagueCode, seasonCode, asOf, horizon.view().results()).collectList()
        .map(LeagueTable::of);
  }
}
