package com.matchcast.limits.rate;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.limits.LimitSettings.RatePlan;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Buckets of a single instance: one per requester, refilled evenly over the plan's period. */
class LocalBucketsTest {

  private static final RatePlan TWO_A_MINUTE = new RatePlan(2, Duration.ofMinutes(1));

  private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);
  private final TimeMeter clock = new TimeMeter() {
    @Override
    public long currentTimeNanos() {
      return nanos.get();
    }

    @Override
    public boolean isWallClockBased() {
      return false;
    }
  };
  private final LocalBuckets buckets = new LocalBuckets(Duration.ofMinutes(1), clock);

  @Test
  void aBudgetIsSpentThenRefillsOneTokenAtATime() {
    assertThat(remainingAfterOne("address:203.0.113.7")).isEqualTo(1);
    assertThat(remainingAfterOne("address:203.0.113.7")).isEqualTo(0);

    ConsumptionProbe refused = buckets.tryConsume("address:203.0.113.7", TWO_A_MINUTE).block();
    assertThat(refused.isConsumed()).isFalse();
    assertThat(refused.getNanosToWaitForRefill()).isEqualTo(Duration.ofSeconds(30).toNanos());

    nanos.addAndGet(Duration.ofSeconds(30).toNanos());
    assertThat(remainingAfterOne("address:203.0.113.7")).isEqualTo(0);
  }

  @Test
  void eachRequesterHasABucketOfItsOwn() {
    remainingAfterOne("user:ann");
    remainingAfterOne("user:ann");

    assertThat(remainingAfterOne("user:bob")).isEqualTo(1);
  }

  @Test
  void aChangedPlanStartsAFreshBucket() {
    remainingAfterOne("client:acme");
    remainingAfterOne("client:acme");

    ConsumptionProbe larger = buckets.tryConsume("client:acme", new RatePlan(5, Duration.ofMinutes(1))).block();
    assertThat(larger.isConsumed()).isTrue();
    assertThat(larger.getRemainingTokens()).isEqualTo(4);
  }

  private long remainingAfterOne(String key) {
    ConsumptionProbe probe = buckets.tryConsume(key, TWO_A_MINUTE).block();
    assertThat(probe.isConsumed()).as(key).isTrue();
    return probe.getRemainingTokens();
  }
}
