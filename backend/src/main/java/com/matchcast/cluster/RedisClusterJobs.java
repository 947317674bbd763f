package com.matchcast.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.redisson.api.RLock;
import org.redisson.api.RedissonClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import reactor.core.publisher.Mono;

/**
 * Jobs kept to one instance by Redisson locks. A lock is taken without waiting and without a
 * fixed lease: Redisson's watchdog extends it while this instance lives, so a long retraining keeps
 * it and a crashed holder's lock lapses after {@link JobSettings#lease()}.
 *
 * <p>Redisson names a lock's holder by a number that is normally the thread's id; jobs here run
 * on reactive threads and end on others, so each run (and each led role) gets a number of its own.
 */
public class RedisClusterJobs implements ClusterJobs, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(RedisClusterJobs.class);

  private final RedissonClient redis;
  private final JobSettings settings;
  private final JobRuns runs;
  /** The holder number of each role this instance may lead, and whether it led it at the last look. */
  private final Map<String, Long> roleHolders = new ConcurrentHashMap<>();
  private final Map<String, Boolean> leading = new ConcurrentHashMap<>();

  public RedisClusterJobs(RedissonClient redis, JobSettings settings, JobRuns runs) {
    this.redis = redis;
    this.settings = settings;
    this.runs = runs;
  }

  @Override
  public Mono<Boolean> runOnce(String job, Supplier<Mono<?>> run) {
    RLock lock = redis.getLock(settings.lockPrefix() + job);
    long holder = ThreadLocalRandom.current().nextLong();
    return Mono.fromCompletionStage(() -> lock.tryLockAsync(holder))
        .timeout(settings.redisTimeout())
        .onErrorResume(error -> {
          log.warn("Job {} not run: Redis did not answer for its lock ({}); its next turn tries again", job,
              error.toString());
          runs.count(job, JobRuns.Outcome.UNREACHABLE);
          return Mono.empty();
        })
        .flatMap(taken -> {
          if (!taken) {
            log.debug("Job {} runs on another instance; this turn is skipped here", job);
            runs.count(job, JobRuns.Outcome.SKIPPED);
            return Mono.just(false);
          }
          runs.count(job, JobRuns.Outcome.RAN);
          long started = System.nanoTime();
          return Mono.defer(run).then(Mono.just(true))
              .doFinally(signal -> release(job, lock, holder, started));
        })
        .defaultIfEmpty(false);
  }

  /** Frees the lock once the run has held it {@link JobSettings#holdAtLeast()}. */
  private void release(String job, RLock lock, long holder, long started) {
    Duration held = Duration.ofNanos(System.nanoTime() - started);
    Duration wait = settings.holdAtLeast().minus(held);
    Mono.delay(wait.isNegative() ? Duration.ZERO : wait)
        .then(Mono.fromCompletionStage(() -> lock.unlockAsync(holder)))
        .subscribe(null, error -> log.debug("Lock of job {} not released ({}); it lapses by itself", job,
            error.toString()));
  }

  @Override
  public Mono<Boolean> leads(String role) {
    RLock lock = redis.getLock(settings.lockPrefix() + role);
    long holder = roleHolders.computeIfAbsent(role, r -> ThreadLocalRandom.current().nextLong());
    return Mono.fromCompletionStage(() -> lock.isHeldByThreadAsync(holder))
        .flatMap(held -> held ? Mono.just(true) : Mono.fromCompletionStage(() -> lock.tryLockAsync(holder)))
        .timeout(settings.redisTimeout())
        .doOnNext(now -> {
          Boolean before = leading.put(role, now);
          if (!now.equals(before)) {
            log.info(now ? "This instance leads {}" : "Another instance leads {}; this one follows", role);
          }
        })
        .onErrorResume(error -> Mono.just(leading.getOrDefault(role, false)));
  }

  /** Hands the roles this instance leads to the others at once, rather than after the lease. */
  @Override
  public void destroy() {
    roleHolders.forEach((role, holder) -> {
      if (Boolean.TRUE.equals(leading.get(role))) {
        try {
          redis.getLock(settings.lockPrefix() + role).unlockAsync(holder).toCompletableFuture()
              .get(settings.redisTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception error) {
          log.debug("Role {} not handed over ({}); its lock lapses by itself", role, error.toString());
        }
      }
    });
  }
}
