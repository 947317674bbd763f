package com.matchcast.serving;

import com.matchcast.cluster.ClusterJobs;
import com.matchcast.events.EventBus;
import com.matchcast.ledger.LedgerScorer;
import com.matchcast.matchdata.MatchStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
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
public class ResultScoring implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(ResultScoring.class);

  private final LedgerScorer scorer;
  private final EventBus events;
  private final ClusterJobs jobs;
  private volatile Disposable listening;

  public ResultScoring(LedgerScorer scorer, EventBus events, ClusterJobs jobs) {
    this.scorer = scorer;
    this.events = events;
    this.jobs = jobs;
  }

  /** Scores the finished match and pushes the scored prediction; true when this call scored it. */
  public Mono<Boolean> score(long matchId) {
    return score(scorer, events, matchId);
  }

  static Mono<Boolean> score(LedgerScorer scorer, EventBus events, long matchId) {
    return scorer.settle(matchId).doOnNext(scored -> events.publish(new PredictionScored(scored))).hasElement();
  }

  @Override
  public void start() {
    listening = events.on(MatchUpdated.class).filter(update -> update.status() == MatchStatus.FINISHED)
        .concatMap(update -> jobs.leads(ServingStartup.PREDICTION_REFRESH).filter(Boolean::booleanValue)
            .flatMap(leading -> score(update.matchId()))
            .onErrorResume(error -> {
              log.warn("match {} not scored on its result (the refresh scores it on its own pass): {}", update.matchId(),
                  error.toString());
              return Mono.empty();
            }))
        .subscribe();
  }

  @Override
  public void stop() {
    Disposable running = listening;
    if (running != null) {
      running.dispose();
      listening = null;
    }
  }

  @Override
  public boolean isRunning() {
    return listening != null;
  }
}
