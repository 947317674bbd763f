package com.matchcast.catalog;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Team directory backed by the team and team_alias tables, with every alias held in memory:
 * an import resolves hundreds of thousands of names, so lookups must not touch the database.
 */
@Component
public class AliasTeamDirectory implements TeamDirectory {

  private static final int MAX_CANDIDATES = 3;
  private static final double MIN_CANDIDATE_SCORE = 0.45;

  private final DatabaseClient db;
  private final Map<String, TeamResolution.Known> byKey = new ConcurrentHashMap<>();
  private volatile Mono<Void> loaded;

  public AliasTeamDirectory(DatabaseClient db) {
    this.db = db;
    this.loaded = loadAliases().cache();
  }

  @Override
  public Mono<TeamResolution> lookup(String country, String name) {
    return loaded.then(Mono.fromSupplier(() -> {
      TeamResolution.Known known = byKey.get(key(country, name));
      return known != null ? known : new TeamResolution.Unknown(name, candidates(country, TeamNames.normalize(name)));
    }));
  }

  @Override
  public Mono<TeamResolution> resolve(String source, String country, String name) {
    return lookup(country, name).flatMap(resolution -> resolution instanceof TeamResolution.Unknown unknown
        ? reportUnmatched(source, country, name, unknown.candidates()).thenReturn(resolution)
        : Mono.just(resolution));
  }

  @Override
  public Mono<TeamResolution.Known> resolveOrCreate(String source, String country, String name) {
    return loaded.then(Mono.defer(() -> {
      TeamResolution.Known known = byKey.get(key(country, name));
      return known != null ? Mono.just(known) : create(source, country, name.trim());
    }));
  }

  @Override
  public Mono<Void> addAlias(long teamId, String source, String country, String alias, String externalId) {
    String normalized = TeamNames.normalize(alias);
    var insert = db.sql("INSERT INTO team_alias (team_id, source, alias, normalized_name, country, external_id)"
            + " VALUES (:team, :source, :alias, :normalized, :country, :external)"
            + " ON DUPLICATE KEY UPDATE external_id = COALESCE(VALUES(external_id), external_id)")
        .bind("team", teamId).bind("source", source).bind("alias", alias.trim())
        .bind("normalized", normalized).bind("country", country);
    insert = externalId == null ? insert.bindNull("external", String.class) : insert.bind("external", externalId);
    return loaded.then(insert.then()).then(Mono.fromRunnable(() -> byKey.computeIfAbsent(
        country + "|" + normalized, k -> new TeamResolution.Known(teamId, canonicalName(teamId)))));
  }

  /** Re-reads every alias, e.g. after the seed or another instance added some. */
  public Mono<Void> reload() {
    loaded = loadAliases().cache();
    return loaded;
  }

  private Mono<TeamResolution.Known> create(String source, String country, String name) {
    Mono<Long> insertTeam = db.sql("INSERT INTO team (name, country) VALUES (:name, :country)")
        .bind("name", name).bind("country", country)
        .filter(s -> s.returnGeneratedValues("id"))
        .map(row -> row.get("id", Long.class)).one();
    return insertTeam
        .flatMap(id -> addAlias(id, source, country, name, null).thenReturn(new TeamResolution.Known(id, name)))
        .doOnNext(known -> byKey.put(key(country, name), known));
  }

  /** Seeds the known clubs (once per database; later starts find them present), then reads them all. */
  private Mono<Void> loadAliases() {
    Mono<Void> seed = new TeamSeeder(db).seed(TeamSeed.load());
    Mono<Void> teams = db.sql("SELECT id, name, country FROM team")
        .map(row -> {
          long id = row.get("id", Long.class);
          String country = row.get("country", String.class);
          String name = row.get("name", String.class);
          byKey.put(key(country, name), new TeamResolution.Known(id, name));
          return id;
        }).all().then();
    Mono<Void> aliases = db.sql("SELECT a.normalized_name, a.country, t.id, t.name FROM team_alias a"
            + " JOIN team t ON t.id = a.team_id")
        .map(row -> Map.entry(row.get("country", String.class) + "|" + row.get("normalized_name", String.class),
            new TeamResolution.Known(row.get("id", Long.class), row.get("name", String.class))))
        .all()
        .doOnNext(alias -> byKey.put(alias.getKey(), alias.getValue()))
        .then();
    return seed.then(teams).then(aliases);
  }

  private List<String> candidates(String country, String normalized) {
    String prefix = country + "|";
    return byKey.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .map(e -> Map.entry(e.getValue().canonicalName(), NameSimilarity.score(normalized, e.getKey().substring(prefix.length()))))
        .filter(e -> e.getValue() >= MIN_CANDIDATE_SCORE)
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .distinct()
        .limit(MAX_CANDIDATES)
        .toList();
  }

  @Override
  public Mono<Void> reportUnmatched(String source, String country, String name, List<String> candidates) {
    return db.sql("INSERT INTO unmatched_team_name (source, country, name, candidates, occurrences, last_seen_at)"
            + " VALUES (:source, :country, :name, :candidates, 1, :seen)"
            + " ON DUPLICATE KEY UPDATE occurrences = occurrences + 1, last_seen_at = VALUES(last_seen_at),"
            + " candidates = VALUES(candidates)")
        .bind("source", source).bind("country", country).bind("name", name.trim())
        .bind("candidates", String.join(" | ", candidates))
        .bind("seen", LocalDateTime.now(ZoneOffset.UTC))
        .then();
  }

  private String canonicalName(long teamId) {
    return byKey.values().stream().filter(k -> k.teamId() == teamId).map(TeamResolution.Known::canonicalName)
        .findFirst().orElse("");
  }

  private static String key(String country, String name) {
    return country + "|" + TeamNames.normalize(name);
  }
}
