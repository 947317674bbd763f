package com.matchcast.events;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * The event bus of one instance: a multicast sink; a slow subscriber drops what it cannot buffer.
 * The application's bus when no Redis is configured, and the local half of {@link RedisEventBus}.
 */
public class InProcessEventBus implements EventBus {

  private final Sinks.Many<MatchcastEvent> sink =
      Sinks.many().multicast().directBestEffort();

  @Override
  public void publish(MatchcastEvent event) {
    // Publishers may be on several threads: retry briefly instead of failing on concurrent emission.
    sink.emitNext(event, Sinks.EmitFailureHandler.busyLooping(java.time.Duration.ofMillis(50)));
  }

  @Override
  public <T extends MatchcastEvent> Flux<T> on(Class<T> type) {
    return sink.asFlux().ofType(type).onBackpressureBuffer(Queues.SMALL_BUFFER_SIZE,
        reactor.core.publisher.BufferOverflowStrategy.DROP_OLDEST);
  }
}
