package com.matchcast.ingest.store;

import com.matchcast.catalog.LeagueDefinition;
import com.matchcast.catalog.LeagueSeasonRegistry;
import com.matchcast.catalog.TeamDirectory;
import com.matchcast.catalog.TeamNames;
import com.matchcast.catalog.TeamResolution;
import com.matchcast.ingest.RejectedRecord;
import com.matchcast.matchdata.MatchRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Ties each record to catalog rows: league, season and both clubs. Runs before the batch
 * transaction; catalog rows it creates (a promoted club's first appearance) are real whatever
 * happens to the batch.
 *
 * <p>Which clubs a results file may bring (football-data, the reference for which clubs exist).
 * A league's clubs do not change during a season, so a club that is not yet among the clubs
 * stored for the league-season is admitted only when both hold:
 * <ol>
 *   <li>the file has room for it: it names more clubs than the season already stores (a season
 *       stored in full has its club list fixed; a new or partly stored season can still gain
 *       clubs, such as one promoted from a division we do not track);
 *   <li>it plays like a club: it appears in at least half as many rows of the file as the
 *       file's median club (a misspelling or a stray row appears once or twice, a real club
 *       as often as the others).
 * </ol>
 * Otherwise its rows are rejected, as unknown names from every other source are: "unknown team"
 * with the closest known clubs when no club of the country has the name (also recorded in
 * unmatched_team_name), "club not in this league-season" when it is a known club of another
 * division. A club created by an import is listed in the run's summary.
 */
class RecordResolver {

  /** Sources whose results files are the reference for which clubs exist. */
  static final Set<String> CLUB_AUTHORITIES = Set.of("football-data");

  record Resolution(List<ResolvedRecord> resolved, List<RejectedRecord> rejects, List<String> newClubs) {}

  private final DatabaseClient db;
  private final LeagueSeasonRegistry ids;
  private final TeamDirectory teams;

  RecordResolver(DatabaseClient db, LeagueSeasonRegistry ids, TeamDirectory teams) {
    this.db = db;
    this.ids = ids;
    this.teams = teams;
  }

  Mono<Resolution> resolve(List<MatchRecord> records) {
    List<RejectedRecord> rejects = new ArrayList<>();
    List<Located> located = new ArrayList<>();
    return Flux.fromIterable(records)
        .concatMap(record -> locate(record)
            .doOnNext(located::add)
            .onErrorResume(Rejection.class, e -> {
              rejects.add(reject(record, e.getMessage()));
              return Mono.empty();
            }))
        .then(Mono.defer(() -> {
          Map<List<Integer>, List<Located>> bySeason = new LinkedHashMap<>();
          located.forEach(l -> bySeason.computeIfAbsent(List.of(l.leagueId(), l.seasonId()), k -> new ArrayList<>())
              .add(l));
          List<ResolvedRecord> resolved = new ArrayList<>();
          List<String> newClubs = new ArrayList<>();
          return Flux.fromIterable(bySeason.values())
              .concatMap(season -> storedClubs(season.get(0))
                  .flatMap(stored -> admit(season, new SeasonClubs(stored, season), resolved, rejects, newClubs)))
              .then(Mono.fromSupplier(() -> new Resolution(resolved, rejects, newClubs)));
        }));
  }

  /** A record with its league and season ids and what each club name is known as. */
  private record Located(MatchRecord record, LeagueDefinition league, int leagueId, int seasonId,
      TeamResolution home, TeamResolution away) {}

  private Mono<Located> locate(MatchRecord record) {
    Optional<LeagueDefinition> league = ids.definition(record.leagueCode());
    if (league.isEmpty()) {
      return Mono.error(new Rejection("unknown league: " + record.leagueCode()));
    }
    if (record.date() == null || record.seasonCode() == null) {
      return Mono.error(new Rejection("missing date or season"));
    }
    if (blank(record.homeTeam()) || blank(record.awayTeam())) {
      return Mono.error(new Rejection("missing team name"));
    }
    String country = league.get().country();
    return Mono.zip(ids.league(league.get()), ids.season(record.seasonCode()),
            teams.lookup(country, record.homeTeam()), teams.lookup(country, record.awayTeam()))
        .map(t -> new Located(record, league.get(), t.getT1(), t.getT2(), t.getT3(), t.getT4()));
  }

  private Mono<Set<Long>> storedClubs(Located any) {
    return db.sql("SELECT home_team_id AS team FROM matches WHERE league_id = :league AND season_id = :season"
            + " UNION SELECT away_team_id FROM matches WHERE league_id = :league AND season_id = :season")
        .bind("league", any.leagueId()).bind("season", any.seasonId())
        .map(row -> row.get(0, Long.class))
        .all()
        .collect(HashSet::new, Set::add);
  }

  /** The clubs of one league-season: those stored, and how often each name of the file plays. */
  private static final class SeasonClubs {
    private final Set<Long> stored;
    private final Map<String, Integer> rowsPerName = new HashMap<>();
    private final double admissionRows;
    private final boolean room;

    SeasonClubs(Set<Long> stored, List<Located> records) {
      this.stored = stored;
      for (Located l : records) {
        rowsPerName.merge(club(l.home(), l.record().homeTeam()), 1, Integer::sum);
        rowsPerName.merge(club(l.away(), l.record().awayTeam()), 1, Integer::sum);
      }
      List<Integer> counts = rowsPerName.values().stream().sorted().toList();
      this.admissionRows = counts.isEmpty() ? 0 : counts.get(counts.size() / 2) / 2.0;
      this.room = rowsPerName.size() > stored.size();
    }

    /** Why a club that is not stored for the season may not join it, or null when it may. */
    String refusal(TeamResolution resolution, String name) {
      if (resolution instanceof TeamResolution.Known known && stored.contains(known.teamId())) {
        return null;
      }
      int rows = rowsPerName.get(club(resolution, name));
      if (room && rows >= admissionRows) {
        return null;
      }
      String why = room
          ? "it appears in " + rows + " row" + (rows == 1 ? "" : "s") + " of this file, its clubs in "
              + (int) Math.round(admissionRows * 2) + " each"
          : "the season's " + stored.size() + " clubs are all stored and the file names no more";
      if (resolution instanceof TeamResolution.Unknown unknown) {
        return "unknown team: " + name + " (" + why
            + (unknown.candidates().isEmpty() ? "" : "; candidates: " + String.join(", ", unknown.candidates()))
            + ")";
      }
      return "club not in this league-season: " + name + " (" + why + ")";
    }

    private static String club(TeamResolution resolution, String name) {
      return resolution instanceof TeamResolution.Known known ? "#" + known.teamId() : TeamNames.normalize(name);
    }
  }

  private Mono<Void> admit(List<Located> season, SeasonClubs clubs, List<ResolvedRecord> resolved,
      List<RejectedRecord> rejects, List<String> newClubs) {
    Set<String> created = new LinkedHashSet<>();
    return Flux.fromIterable(season).concatMap(l -> {
      String refusal = refusal(l, clubs, l.home(), l.record().homeTeam());
      if (refusal == null) {
        refusal = refusal(l, clubs, l.away(), l.record().awayTeam());
      }
      if (refusal != null) {
        rejects.add(reject(l.record(), refusal));
        return reportIfUnknown(l, l.home(), l.record().homeTeam()).then(reportIfUnknown(l, l.away(), l.record().awayTeam()));
      }
      return Mono.zip(teamId(l, l.home(), l.record().homeTeam(), created), teamId(l, l.away(), l.record().awayTeam(), created))
          .doOnNext(t -> {
            if (t.getT1().equals(t.getT2())) {
              rejects.add(reject(l.record(), "same club on both sides: " + l.record().homeTeam() + " v "
                  + l.record().awayTeam()));
            } else {
              resolved.add(new ResolvedRecord(l.record(), l.leagueId(), l.seasonId(), t.getT1(), t.getT2(),
                  RecordFingerprint.of(l.record())));
            }
          })
          .then();
    }).then(Mono.fromRunnable(() -> created.forEach(name -> newClubs.add(season.get(0).record().leagueCode() + " "
        + season.get(0).record().seasonCode() + ": " + name))));
  }

  private static String refusal(Located l, SeasonClubs clubs, TeamResolution resolution, String name) {
    if (CLUB_AUTHORITIES.contains(l.record().source())) {
      return clubs.refusal(resolution, name);
    }
    if (resolution instanceof TeamResolution.Unknown unknown) {
      return "unknown team: " + name
          + (unknown.candidates().isEmpty() ? "" : " (candidates: " + String.join(", ", unknown.candidates()) + ")");
    }
    return null;
  }

  private Mono<Long> teamId(Located l, TeamResolution resolution, String name, Set<String> created) {
    if (resolution instanceof TeamResolution.Known known) {
      return Mono.just(known.teamId());
    }
    return teams.lookup(l.league().country(), name).flatMap(now -> now instanceof TeamResolution.Known known
        ? Mono.just(known.teamId())
        : teams.resolveOrCreate(l.record().source(), l.league().country(), name)
            .flatMap(club -> markFirstSeen(club.teamId(), l.record())
                .then(Mono.fromRunnable(() -> created.add(club.canonicalName())))
                .thenReturn(club.teamId())));
  }

  /** Keeps where the club was first met, for the quality report of that league-season. */
  private Mono<Void> markFirstSeen(long teamId, MatchRecord record) {
    return db.sql("UPDATE team SET first_league_code = :league, first_season_code = :season"
            + " WHERE id = :id AND first_league_code IS NULL")
        .bind("league", record.leagueCode()).bind("season", record.seasonCode()).bind("id", teamId)
        .then();
  }

  private Mono<Void> reportIfUnknown(Located l, TeamResolution resolution, String name) {
    return resolution instanceof TeamResolution.Unknown unknown
        ? teams.reportUnmatched(l.record().source(), l.league().country(), name, unknown.candidates())
        : Mono.empty();
  }

  private static RejectedRecord reject(MatchRecord record, String reason) {
    return new RejectedRecord(record.location(), record.rawContent(), reason, record.leagueCode(), record.seasonCode());
  }

  private static boolean blank(String name) {
    return name == null || name.isBlank();
  }

  /** A record that cannot be stored; the message is the reject reason. */
  static final class Rejection extends RuntimeException {
    Rejection(String reason) {
      super(reason, null, false, false);
    }
  }
}
