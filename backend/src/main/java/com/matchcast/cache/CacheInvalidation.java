package com.matchcast.cache;

import com.matchcast.events.EventBus;
import com.matchcast.ingest.IngestRunFinished;
import com.matchcast.model.registry.ModelVersionPromoted;
import com.matchcast.prediction.PredictionMade;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Which events make which cached reads stale, in one place:
 * <ul>
 *   <li>PredictionMade: that match's prediction history;</li>
 *   <li>IngestRunFinished that stored or changed rows: leagues and their seasons, clubs, tables, matches;</li>
 *   <li>ModelVersionPromoted: every prediction history (the new model's arrive as PredictionMade too;
 *       clearing at once keeps no reader on the old model's answers longer than needed).</li>
 * </ul>
 * The cache passes each invalidation on to the other instances itself.
 */
@Component
public class CacheInvalidation implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(CacheInvalidation.class);
  private static final List<CacheRegion> STORE_REGIONS =
      List.of(CacheRegion.LEAGUES, CacheRegion.TEAMS, CacheRegion.STANDINGS, CacheRegion.MATCHES);

  private final Disposable subscription;

  public CacheInvalidation(EventBus events, ReadCache cache) {
    // Each event clears this instance's first level at once, as it arrives; the Redis parts run side
    // by side (they are deletions: their order does not matter), so that a slow or gone Redis never
    // holds events back until the bus drops them.
    Flux<Mono<Void>> invalidations = Flux.merge(
        events.on(PredictionMade.class)
            .map(made -> cache.invalidate(CacheRegion.PREDICTION_HISTORIES, made.prediction().matchId())),
        events.on(IngestRunFinished.class)
            .filter(run -> run.summary().inserted() + run.summary().updated() > 0)
            .map(run -> Mono.when(STORE_REGIONS.stream().map(cache::invalidateAll).toList())),
        events.on(ModelVersionPromoted.class)
            .map(promoted -> cache.invalidateAll(CacheRegion.PREDICTION_HISTORIES)));
    subscription = invalidations.flatMap(invalidation -> invalidation.onErrorResume(e -> {
      log.warn("A cache invalidation failed: {}", e.toString());
      return Mono.empty();
    }), Integer.MAX_VALUE).subscribe();
  }

  @Override
  public void destroy() {
    subscription.dispose();
  }
}
