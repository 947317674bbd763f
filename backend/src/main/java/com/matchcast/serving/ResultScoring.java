package com.matchcast.serving;

import com.matchcast.cluster.ClusterJobs;
import com.matchcast.cluster.LeaderReactions;
import com.matchcast.events.EventBus;
import com.matchcast.ledger.LedgerScorer;
import com.matchcast.matchdata.MatchStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Scores a finished match in the ledger as soon as its result is out: on the {@link MatchUpdated}
 * (FINISHED) the serving clock publishes when it shows the result, not at the refresh's next pass.
 * The refresh still scores the matches its tick saw finish, and after a start the ones whose result
 * came while no instance served ({@link PredictionService}): whichever comes first scores, the
 * others find the score there (the ledger's scoring is idempotent, and one insert wins a race), and
 * only the one that scored pushes {@link PredictionScored}. The instance leading the prediction
 * refresh does it, as it publishes the results.
 */
@Component
public class ResultScoring extends LeaderReactions {

  private final LedgerScorer scorer;
  private final EventBus events;

  public ResultScoring(LedgerScorer scorer, EventBus events, ClusterJobs jobs) {
    super(jobs, PREDICTION_REFRESH);
    this.scorer = scorer;
    this.events = events;
  }

  /** Scores the finished match and pushes the scored prediction; true when this call scored it. */
  public Mono<Boolean> score(long matchId) {
    return score(scorer, events, matchId);
  }

  static Mono<Boolean> score(LedgerScorer scorer, EventBus events, long matchId) {
    return scorer.settle(matchId).doOnNext(scored -> events.publish(new PredictionScored(scored))).hasElement();
  }

  @Override
  protected Flux<?> reactions() {
    return events.on(MatchUpdated.class).filter(update -> update.status() == MatchStatus.FINISHED)
        .concatMap(update -> ifLeading(() -> score(update.matchId()), "match " + update.matchId()
            + " not scored on its result (the refresh scores it on its own pass)"));
  }
}
