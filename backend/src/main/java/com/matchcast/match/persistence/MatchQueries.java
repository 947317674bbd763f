package com.matchcast.match.persistence;

import com.matchcast.match.Match;
import com.matchcast.match.MatchCriteria;
import com.matchcast.match.MatchCursor;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.serving.KickoffBound;
import com.matchcast.serving.ServingHorizon;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Matches by filter in date-then-id order, by id, and between two clubs. Filters and meetings
 * are taken as a replay's clock sees them, in SQL so that pages and counts stay right.
 */
@Repository
public class MatchQueries {

  private final DatabaseClient db;

  public MatchQueries(DatabaseClient db) {
    this.db = db;
  }

  /** Up to {@code limit} matches known in the view behind the cursor (from the start when null). */
  public Flux<Match> page(MatchCriteria criteria, ServingHorizon.View view, MatchCursor after, int limit) {
    Where where = Where.of(criteria, view);
    if (after != null) {
      where.add("(m.match_date > :afterDate OR (m.match_date = :afterDate AND m.id > :afterId))",
          Map.of("afterDate", after.date(), "afterId", after.id()));
    }
    String sql = MatchRows.SELECT + where.sql() + " ORDER BY m.match_date, m.id LIMIT " + limit;
    return where.bind(db.sql(sql)).map(MatchRows::match).all();
  }

  public Mono<Long> count(MatchCriteria criteria, ServingHorizon.View view) {
    Where where = Where.of(criteria, view);
    String sql = "SELECT COUNT(*) AS n FROM matches m JOIN season s ON s.id = m.season_id "
        + "JOIN league l ON l.id = m.league_id" + where.sql();
    return where.bind(db.sql(sql)).map(row -> ((Number) row.get("n")).longValue()).one();
  }

  public Mono<Match> byId(long id) {
    return db.sql(MatchRows.SELECT + " WHERE m.id = :id").bind("id", id).map(MatchRows::match).one();
  }

  /** The matches with these ids, in no particular order. */
  public Flux<Match> byIds(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Flux.empty();
    }
    return db.sql(MatchRows.SELECT + " WHERE m.id IN (:ids)").bind("ids", List.copyOf(ids)).map(MatchRows::match).all();
  }

  /** The last finished meetings of two clubs at either venue whose results are known, most recent first. */
  public Flux<Match> finishedMeetings(long teamId, long opponentId, int last, KickoffBound played) {
    Where where = new Where();
    where.add("m.status = 'FINISHED' AND ((m.home_team_id = :team AND m.away_team_id = :opponent) OR "
        + "(m.home_team_id = :opponent AND m.away_team_id = :team))", Map.of("team", teamId, "opponent", opponentId));
    where.addBound(played, "played");
    String sql = MatchRows.SELECT + where.sql() + " ORDER BY m.match_date DESC, m.id DESC LIMIT " + last;
    return where.bind(db.sql(sql)).map(MatchRows::match).all();
  }

  /** A WHERE clause built from the criteria that are set, with its bind values. */
  private static final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    static Where of(MatchCriteria criteria, ServingHorizon.View view) {
      Where where = new Where();
      where.addIf(criteria.leagueCode(), "l.code = :league", "league");
      where.addIf(criteria.seasonCode(), "s.code = :season", "season");
      where.addIf(criteria.teamId(), "(m.home_team_id = :team OR m.away_team_id = :team)", "team");
      where.addIf(criteria.from(), "m.match_date >= :from", "from");
      where.addIf(criteria.to(), "m.match_date <= :to", "to");
      where.addBound(view.fixtures(), "known");
      if (criteria.status() != null) {
        where.status(criteria.status(), view);
      }
      return where;
    }

    /**
     * A status as shown in the view (see MatchService): before its full time a match stored as
     * finished is scheduled, or live once kicked off; other statuses show as stored.
     */
    void status(MatchStatus status, ServingHorizon.View view) {
      KickoffBound played = view.results();
      KickoffBound kickedOff = view.kickedOff();
      if (view.showsEverything() || status == MatchStatus.POSTPONED || status == MatchStatus.CANCELLED) {
        add("m.status = :status", Map.of("status", status.name()));
      } else if (status == MatchStatus.FINISHED) {
        add("m.status = 'FINISHED' AND " + played.sql("played"), played.bindings("played"));
      } else if (status == MatchStatus.LIVE) {
        add("(m.status = 'LIVE' OR (m.status = 'FINISHED' AND " + kickedOff.sql("kickedOff") + " AND NOT "
            + played.sql("played") + "))", played.bindings("played"));
        values.putAll(kickedOff.bindings("kickedOff"));
      } else {
        add("(m.status = 'SCHEDULED' OR (m.status = 'FINISHED' AND NOT " + kickedOff.sql("kickedOff") + "))",
            kickedOff.bindings("kickedOff"));
      }
    }

    void addBound(KickoffBound bound, String name) {
      if (bound.latest() != null) {
        add(bound.sql(name), bound.bindings(name));
      }
    }

    void addIf(Object value, String condition, String name) {
      if (value != null) {
        add(condition, Map.of(name, value));
      }
    }

    void add(String condition, Map<String, Object> bindings) {
      conditions.add(condition);
      values.putAll(bindings);
    }

    String sql() {
      return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    GenericExecuteSpec bind(GenericExecuteSpec spec) {
      GenericExecuteSpec bound = spec;
      for (Map.Entry<String, Object> value : values.entrySet()) {
        bound = bound.bind(value.getKey(), value.getValue());
      }
      return bound;
    }
  }
}
