package com.matchcast.prediction;

import java.util.Collection;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every prediction ever served, append-only: nothing is updated or deleted, a correction is a
 * new row. Each row carries a hash over its content and the previous row's hash, so an export
 * can be checked for rewrites. When a result is known, the last prediction made before kick-off
 * is scored against it.
 */
public interface PredictionLedger {

  /** Appends the prediction; returns it with its ledger id and its predecessor for the match. */
  Mono<Prediction> record(Prediction prediction);

  /** The match's latest prediction, if any. */
  Mono<Prediction> latest(long matchId);

  /** The latest prediction of each of these matches that has one. */
  Flux<Prediction> latest(Collection<Long> matchIds);

  /** Every prediction of the match, oldest first. */
  Flux<Prediction> history(long matchId);

  /** Every prediction of each of these matches, oldest first within a match: one read for a page of matches. */
  Flux<Prediction> histories(Collection<Long> matchIds);

  /** One prediction by its ledger id. */
  Mono<Prediction> find(long id);

  /**
   * The predictions the query selects, newest first: at most {@code limit}, and only those older
   * than {@code beforeId} when it is positive (the keyset cursor of the next page).
   */
  Flux<Prediction> search(PredictionQuery query, int limit, long beforeId);

  /** How many predictions the query selects. */
  Mono<Long> count(PredictionQuery query);

  /**
   * What the prediction's exact-score grid was made from, kept with it when it was recorded; empty
   * for a prediction recorded before grids were kept (migration V14) or an unknown id.
   */
  Mono<com.matchcast.goals.ScoreGridParameters> scoreGrid(long predictionId);
}
