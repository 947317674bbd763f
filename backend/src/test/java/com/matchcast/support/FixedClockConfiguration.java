package com.matchcast.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Collector tests run on 10 October 2024: the current season is 2024-2025. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClockConfiguration {

  public static final Instant NOW = Instant.parse("2024-10-10T12:00:00Z");

  @Bean
  Clock clock() {
    return Clock.fixed(NOW, ZoneOffset.UTC);
  }
}
