package com.matchcast.user;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.matchcast.catalog.LeagueCatalog;
import com.matchcast.catalog.LeagueDefinition;
import com.matchcast.catalog.persistence.TeamQueries;
import com.matchcast.events.EventBus;
import com.matchcast.security.audit.AdminAudit;
import com.matchcast.user.persistence.FollowQueries;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What users follow, and the filter that keeps a live stream to it. */
@Service
public class Follows {

  private final FollowQueries queries;
  private final TeamQueries teams;
  private final EventBus events;
  private final AdminAudit audit;
  private final TransactionalOperator transaction;
  // A match's clubs never change: one look-up per match serves every followed-only subscriber.
  private final AsyncCache<Long, long[]> matchTeams = Caffeine.newBuilder().maximumSize(10_000).buildAsync();

  public Follows(FollowQueries queries, TeamQueries teams, EventBus events, AdminAudit audit,
      ReactiveTransactionManager transactions) {
    this.queries = queries;
    this.teams = teams;
    this.events = events;
    this.audit = audit;
    this.transaction = TransactionalOperator.create(transactions);
  }

  public Mono<Following> of(String userId) {
    return Mono.zip(queries.teams(userId), queries.leagues(userId), Following::new);
  }

  /** Follows the club; empty when no club has this id. */
  public Mono<Following> followTeam(String userId, long teamId) {
    return teams.byId(teamId).flatMap(team -> queries.followTeam(userId, teamId).then(changed(userId)));
  }

  public Mono<Following> unfollowTeam(String userId, long teamId) {
    return queries.unfollowTeam(userId, teamId).then(changed(userId));
  }

  /** Follows the league; empty when the catalog has no league of this code. */
  public Mono<Following> followLeague(String userId, String code) {
    return Mono.justOrEmpty(league(code))
        .flatMap(league -> queries.followLeague(userId, league.code()).then(changed(userId)));
  }

  public Mono<Following> unfollowLeague(String userId, String code) {
    String key = league(code).map(LeagueDefinition::code).orElse(code);
    return queries.unfollowLeague(userId, key).then(changed(userId));
  }

  /** What {@link #forget} removed. */
  public record Forgotten(long teams, long leagues) {}

  /** Removes the user and everything stored about them, in one transaction. */
  public Mono<Forgotten> forget(String userId) {
    return Mono.zip(queries.unfollowAllTeams(userId), queries.unfollowAllLeagues(userId), Forgotten::new)
        .flatMap(forgotten -> queries.deleteUser(userId).then(audit.forget(userId)).thenReturn(forgotten))
        .as(transaction::transactional)
        .doOnSuccess(forgotten -> events.publish(new FollowsChanged(userId)));
  }

  public static Optional<LeagueDefinition> league(String code) {
    return code == null ? Optional.empty() : LeagueCatalog.standard().byCode(code.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * Keeps the items about what the user follows: a match of a followed league or club. The
   * follows are read once and again whenever the user changes them, so a follow made while the
   * subscription is open counts from then on.
   */
  public <T> Flux<T> onlyFollowed(String userId, Flux<T> items, Function<T, Long> matchId,
      Function<T, String> league) {
    return of(userId).flatMapMany(first -> {
      AtomicReference<Following> current = new AtomicReference<>(first);
      Flux<T> changes = events.on(FollowsChanged.class).filter(change -> change.userId().equals(userId))
          .concatMap(change -> of(userId)).doOnNext(current::set).thenMany(Flux.empty());
      Flux<T> kept = items.concatMap(item -> follows(current.get(), matchId.apply(item), league.apply(item))
          .filter(Boolean::booleanValue).map(yes -> item));
      return Flux.merge(changes, kept);
    });
  }

  private Mono<Boolean> follows(Following following, long matchId, String league) {
    if (following.followsLeague(league)) {
      return Mono.just(true);
    }
    if (following.teamIds().isEmpty()) {
      return Mono.just(false);
    }
    return Mono.fromFuture(matchTeams.get(matchId, (id, executor) -> queries.matchTeams(id).toFuture()))
        .map(following::followsAnyTeam)
        .defaultIfEmpty(false);
  }

  private Mono<Following> changed(String userId) {
    return of(userId).doOnNext(following -> events.publish(new FollowsChanged(userId)));
  }
}
