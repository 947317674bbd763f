package com.matchcast.catalog;

import reactor.core.publisher.Mono;

/**
 * One canonical club per real club across sources and years. Lookups go through the alias
 * table (seeded for the football-data divisions) and a name normalization that ignores case,
 * accents, punctuation and club-type affixes such as "FC".
 */
public interface TeamDirectory {

  /** Looks a spelling up and nothing else: no club is created, nothing is recorded. */
  Mono<TeamResolution> lookup(String country, String name);

  /** Records a spelling that matched no club, with the closest clubs, for the quality report. */
  Mono<Void> reportUnmatched(String source, String country, String name, java.util.List<String> candidates);

  /** Looks a spelling up; never creates a club. Unknown names are recorded with candidates. */
  Mono<TeamResolution> resolve(String source, String country, String name);

  /**
   * Looks a spelling up and, when nothing matches, creates a new club under that name. Only
   * authoritative result sources (football-data) may do this: a promoted club appears first there.
   */
  Mono<TeamResolution.Known> resolveOrCreate(String source, String country, String name);

  /** Records that a source's spelling (and its id for the club, if any) denotes a club. */
  Mono<Void> addAlias(long teamId, String source, String country, String alias, String externalId);
}
