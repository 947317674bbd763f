package com.matchcast.observability;

import io.micrometer.context.ThreadLocalAccessor;
import org.slf4j.MDC;

/**
 * Moves the request id between the Reactor context and the logging MDC. Registered through
 * META-INF/services, so Micrometer's context propagation (Reactor's automatic mode, which
 * spring.reactor.context-propagation=auto turns on, and Spring GraphQL's data fetcher
 * snapshots) sets it on every thread that runs a part of the request, and clears it after.
 */
public class RequestIdAccessor implements ThreadLocalAccessor<String> {

  @Override
  public Object key() {
    return RequestIds.KEY;
  }

  @Override
  public String getValue() {
    return MDC.get(RequestIds.KEY);
  }

  @Override
  public void setValue(String value) {
    MDC.put(RequestIds.KEY, value);
  }

  @Override
  public void setValue() {
    MDC.remove(RequestIds.KEY);
  }
}
