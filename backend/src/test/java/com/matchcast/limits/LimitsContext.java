package com.matchcast.limits;

import com.matchcast.support.EmbeddedDatabaseTest;
import io.github.bucket4j.TimeMeter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.TestPropertySource;
import reactor.core.publisher.Mono;

/**
 * One server for the tests of rate limits and time-outs: small budgets that refill over an hour
 * on a clock moved by hand (buckets in the real Redis, under a prefix of this run's own), one
 * trusted proxy so each test can send from an address of its own, a one-second time-out and a
 * field that never answers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@EmbeddedDatabaseTest
@Import(LimitsContext.Configuration.class)
@TestPropertySource(properties = {
    "matchcast.test.context=limits",
    "matchcast.redis.url=redis://127.0.0.1:6379",
    "matchcast.limits.rate.enabled=true",
    "matchcast.limits.rate.redis-key-prefix=matchcast-test:${random.uuid}:",
    "matchcast.limits.rate.trusted-proxies=1",
    "matchcast.limits.rate.anonymous.requests=3",
    "matchcast.limits.rate.anonymous.per=1h",
    "matchcast.limits.rate.signed-in.requests=4",
    "matchcast.limits.rate.signed-in.per=1h",
    "matchcast.limits.rate.client.requests=2",
    "matchcast.limits.rate.client.per=1h",
    "matchcast.limits.rate.clients.acme.requests=6",
    "matchcast.limits.rate.clients.acme.per=1h",
    "matchcast.limits.request-timeout=1s",
    "spring.graphql.schema.locations=classpath:graphql/,classpath:limits-schema/"
})
@interface LimitsContext {

  @TestConfiguration(proxyBeanMethods = false)
  class Configuration {

    @Bean
    ManualTime manualTime() {
      return new ManualTime();
    }

    /**
     * Registered as a member of this configuration; nested in a test configuration, so component
     * scanning leaves it out of every other context.
     */
    @Controller
    static class NeverAnswers {

      final AtomicBoolean cancelled = new AtomicBoolean();

      @QueryMapping
      Mono<String> neverAnswers() {
        return Mono.<String>never().doOnCancel(() -> cancelled.set(true));
      }
    }
  }

  /** The buckets' clock: stands still until a test moves it. */
  final class ManualTime implements TimeMeter {

    private final AtomicLong nanos = new AtomicLong(System.currentTimeMillis() * 1_000_000L);

    @Override
    public long currentTimeNanos() {
      return nanos.get();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }

    void advanceSeconds(long seconds) {
      nanos.addAndGet(seconds * 1_000_000_000L);
    }
  }
}
