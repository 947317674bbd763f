package com.matchcast.events;

import reactor.core.publisher.Flux;

/**
 * The event bus of an instance among several: each event is delivered here at once and appended
 * to the shared {@link RedisEventStream}, from which the other instances deliver it to theirs.
 * Subscribers cannot tell an event of this instance from one of another.
 */
public class RedisEventBus implements EventBus {

  private final InProcessEventBus local;
  private final RedisEventStream stream;

  public RedisEventBus(InProcessEventBus local, RedisEventStream stream) {
    this.local = local;
    this.stream = stream;
  }

  @Override
  public void publish(MatchcastEvent event) {
    local.publish(event);
    stream.append(event);
  }

  @Override
  public <T extends MatchcastEvent> Flux<T> on(Class<T> type) {
    return local.on(type);
  }
}
