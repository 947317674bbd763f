package com.matchcast.events;

import reactor.core.publisher.Flux;

/**
 * The one way events travel from where they happen to whoever subscribes: in-process today, across
 * instances through Redis when several run behind a load balancer. Publishing never blocks; a
 * subscriber too slow to keep up loses events rather than slowing the publisher.
 */
public interface EventBus {

  void publish(MatchcastEvent event);

  <T extends MatchcastEvent> Flux<T> on(Class<T> type);
}
