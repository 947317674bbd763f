package com.matchcast.user;

import com.matchcast.api.Arguments;
import com.matchcast.catalog.League;
import com.matchcast.catalog.LeagueCatalog;
import com.matchcast.catalog.Team;
import com.matchcast.catalog.TeamService;
import com.matchcast.security.Caller;
import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * The signed-in user and what they follow. The mutations are {@code @signedIn} in the schema, so
 * a caller reaching them has a subject; {@code me} is open and answers null to anonymous callers.
 */
@Controller
public class UserController {

  private final Follows follows;
  private final TeamService teams;

  public UserController(Follows follows, TeamService teams) {
    this.follows = follows;
    this.teams = teams;
  }

  /** The user as the API shows it. */
  public record Me(String id, boolean admin, Following following) {}

  public record TeamNotFound(String id, String message) {}

  public record LeagueNotFound(String code, String message) {}

  public record UserForgotten(String id, long teamsUnfollowed, long leaguesUnfollowed) {}

  @QueryMapping
  public Mono<Me> me(DataFetchingEnvironment environment) {
    Caller caller = Caller.of(environment);
    return caller.signedIn() ? follows.of(caller.userId()).map(following -> me(caller, following)) : Mono.empty();
  }

  @MutationMapping
  public Mono<Object> followTeam(@Argument String id, DataFetchingEnvironment environment) {
    Caller caller = Caller.of(environment);
    return follows.followTeam(caller.userId(), Arguments.id(id, "team")).<Object>map(f -> me(caller, f))
        .defaultIfEmpty(new TeamNotFound(id, "no team has id " + id));
  }

  @MutationMapping
  public Mono<Me> unfollowTeam(@Argument String id, DataFetchingEnvironment environment) {
    Caller caller = Caller.of(environment);
    return follows.unfollowTeam(caller.userId(), Arguments.id(id, "team")).map(f -> me(caller, f));
  }

  @MutationMapping
  public Mono<Object> followLeague(@Argument String code, DataFetchingEnvironment environment) {
    Caller caller = Caller.of(environment);
    return follows.followLeague(caller.userId(), code).<Object>map(f -> me(caller, f))
        .defaultIfEmpty(new LeagueNotFound(code, "no league has code '" + code + "'"));
  }

  @MutationMapping
  public Mono<Me> unfollowLeague(@Argument String code, DataFetchingEnvironment environment) {
    Caller caller = Caller.of(environment);
    return follows.unfollowLeague(caller.userId(), code).map(f -> me(caller, f));
  }

  @MutationMapping
  public Mono<UserForgotten> deleteMe(DataFetchingEnvironment environment) {
    Caller caller = Caller.of(environment);
    return follows.forget(caller.userId())
        .map(forgotten -> new UserForgotten(caller.userId(), forgotten.teams(), forgotten.leagues()));
  }

  @SchemaMapping(typeName = "Me")
  public Mono<List<Team>> followedTeams(Me me) {
    List<Long> ids = me.following().teamIds();
    return ids.isEmpty() ? Mono.just(List.of())
        : teams.teamsByIds(ids).map(byId -> ids.stream().map(byId::get).filter(team -> team != null).toList());
  }

  @SchemaMapping(typeName = "Me")
  public List<League> followedLeagues(Me me) {
    return me.following().leagueCodes().stream().map(LeagueCatalog.standard()::byCode).flatMap(Optional::stream)
        .map(League::of).toList();
  }

  private static Me me(Caller caller, Following following) {
    return new Me(caller.userId(), caller.admin(), following);
  }
}
