package com.matchcast.observability;

import com.matchcast.events.EventBus;
import com.matchcast.events.MatchcastEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;

/**
 * The application's event bus, counting what this instance publishes per event type (the record's
 * simple name: PredictionMade, OddsMoved, MatchUpdated, IngestRunFinished). Counting at publish
 * rather than on receipt keeps the count per instance once events also arrive from others.
 */
final class CountingEventBus implements EventBus {

  static final String PUBLISHED = "matchcast.events.published";

  private final EventBus delegate;
  private final Supplier<MeterRegistry> registry;
  private final Map<Class<?>, Counter> counters = new ConcurrentHashMap<>();

  CountingEventBus(EventBus delegate, Supplier<MeterRegistry> registry) {
    this.delegate = delegate;
    this.registry = registry;
  }

  @Override
  public void publish(MatchcastEvent event) {
    counters.computeIfAbsent(event.getClass(), type -> Counter.builder(PUBLISHED)
            .description("Events published on the event bus by this instance")
            .tag("type", type.getSimpleName())
            .register(registry.get()))
        .increment();
    delegate.publish(event);
  }

  @Override
  public <T extends MatchcastEvent> Flux<T> on(Class<T> type) {
    return delegate.on(type);
  }
}
