package com.matchcast.user.persistence;

import com.matchcast.persistence.Columns;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * Users and what they follow (tables app_user, followed_team, followed_league). A user row is made
 * by the first follow: a token alone stores nothing.
 */
@Repository
public class FollowQueries {

  private final DatabaseClient db;

  public FollowQueries(DatabaseClient db) {
    this.db = db;
  }

  public Mono<List<Long>> teams(String userId) {
    return db.sql("SELECT team_id FROM followed_team WHERE user_id = :user ORDER BY followed_at, team_id")
        .bind("user", userId).map(row -> Columns.longValue(row, "team_id")).all().collectList();
  }

  public Mono<List<String>> leagues(String userId) {
    return db.sql("SELECT league_code FROM followed_league WHERE user_id = :user ORDER BY followed_at, league_code")
        .bind("user", userId).map(row -> row.get("league_code", String.class)).all().collectList();
  }

  /** INSERT IGNORE: following twice, or from two requests at once, is one follow. */
  public Mono<Void> followTeam(String userId, long teamId) {
    return ensureUser(userId).then(db.sql("INSERT IGNORE INTO followed_team (user_id, team_id, followed_at)"
            + " VALUES (:user, :team, :at)")
        .bind("user", userId).bind("team", teamId).bind("at", now()).then());
  }

  public Mono<Void> followLeague(String userId, String code) {
    return ensureUser(userId).then(db.sql("INSERT IGNORE INTO followed_league (user_id, league_code, followed_at)"
            + " VALUES (:user, :code, :at)")
        .bind("user", userId).bind("code", code).bind("at", now()).then());
  }

  public Mono<Long> unfollowTeam(String userId, long teamId) {
    return db.sql("DELETE FROM followed_team WHERE user_id = :user AND team_id = :team")
        .bind("user", userId).bind("team", teamId).fetch().rowsUpdated();
  }

  public Mono<Long> unfollowLeague(String userId, String code) {
    return db.sql("DELETE FROM followed_league WHERE user_id = :user AND league_code = :code")
        .bind("user", userId).bind("code", code).fetch().rowsUpdated();
  }

  public Mono<Long> unfollowAllTeams(String userId) {
    return db.sql("DELETE FROM followed_team WHERE user_id = :user").bind("user", userId).fetch().rowsUpdated();
  }

  public Mono<Long> unfollowAllLeagues(String userId) {
    return db.sql("DELETE FROM followed_league WHERE user_id = :user").bind("user", userId).fetch().rowsUpdated();
  }

  public Mono<Long> deleteUser(String userId) {
    return db.sql("DELETE FROM app_user WHERE id = :user").bind("user", userId).fetch().rowsUpdated();
  }

  /** The clubs of a match, to tell whether a prediction concerns a followed club. */
  public Mono<long[]> matchTeams(long matchId) {
    return db.sql("SELECT home_team_id, away_team_id FROM matches WHERE id = :id").bind("id", matchId)
        .map(row -> new long[] {Columns.longValue(row, "home_team_id"), Columns.longValue(row, "away_team_id")})
        .one();
  }

  private Mono<Void> ensureUser(String userId) {
    return db.sql("INSERT IGNORE INTO app_user (id, created_at) VALUES (:user, :at)")
        .bind("user", userId).bind("at", now()).then();
  }

  private static LocalDateTime now() {
    return LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
  }
}
