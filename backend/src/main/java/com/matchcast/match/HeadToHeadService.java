package com.matchcast.match;

import com.matchcast.api.Arguments;
import com.matchcast.api.InvalidArgumentException;
import com.matchcast.catalog.TeamService;
import com.matchcast.match.persistence.MatchQueries;
import com.matchcast.serving.ServingHorizon;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The recent record of two clubs against each other; in a replay, of the meetings its clock has seen finish. */
@Service
public class HeadToHeadService {

  private static final int DEFAULT_MEETINGS = 10;

  private final TeamService teams;
  private final MatchQueries matches;
  private final ServingHorizon horizon;

  public HeadToHeadService(TeamService teams, MatchQueries matches, ServingHorizon horizon) {
    this.teams = teams;
    this.matches = matches;
    this.horizon = horizon;
  }

  public Mono<HeadToHead> headToHead(String team, String opponent, Integer last) {
    int meetings = Arguments.pageSize("last", last, DEFAULT_MEETINGS);
    return Mono.zip(teams.resolve(team), teams.resolve(opponent)).flatMap(clubs -> {
      if (clubs.getT1().id() == clubs.getT2().id()) {
        return Mono.error(new InvalidArgumentException("homeTeam and awayTeam name the same club."));
      }
      return matches.finishedMeetings(clubs.getT1().id(), clubs.getT2().id(), meetings, horizon.view().results())
          .collectList()
          .map(found -> HeadToHead.of(clubs.getT1(), clubs.getT2(), found));
    });
  }
}
