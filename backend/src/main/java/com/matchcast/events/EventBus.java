package com.matchcast.events;

import reactor.core.publisher.Flux;

/**
 * The one way events travel from where they happen to whoever subscribes: in-process
 * ({@link InProcessEventBus}), or across instances through a Redis Stream when Redis is configured
 * ({@link RedisEventBus}). Publishing never blocks; a
 * subscriber too slow to keep up loses events rather than slowing the publisher.
 */
public interface EventBus {

  void publish(MatchcastEvent event);

  <T extends MatchcastEvent> Flux<T> on(Class<T> type);
}
