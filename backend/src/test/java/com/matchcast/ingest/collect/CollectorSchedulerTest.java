package com.matchcast.ingest.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.http.SourceSettings;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** Each active source gets its own crons; inactive sources and "-" crons get none. */
class CollectorSchedulerTest {

  @Test
  void registersTheCronsOfActiveSourcesOnly() {
    FakeCollector active = new FakeCollector("alpha", true, "0 0 7 * * *", "0 0 4 1 * *");
    FakeCollector halfOff = new FakeCollector("beta", true, "0 0 */4 * * *", "-");
    FakeCollector inactive = new FakeCollector("gamma", false, "0 0 7 * * *", "0 0 4 1 * *");
    ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

    new CollectorScheduler(List.of(active, halfOff, inactive), Mono::empty).configureTasks(registrar);

    assertThat(registrar.getCronTaskList()).extracting(CronTask::getExpression)
        .containsExactlyInAnyOrder("0 0 7 * * *", "0 0 4 1 * *", "0 0 */4 * * *");
  }

  @Test
  void aSourceStillRunningIsNotStartedTwice() throws InterruptedException {
    FakeCollector slow = new FakeCollector("slow", true, "0 0 7 * * *", "-");
    CollectorScheduler scheduler = new CollectorScheduler(List.of(slow), Mono::empty);

    scheduler.launch(slow, Collector::incrementalSync);
    scheduler.launch(slow, Collector::incrementalSync);
    assertThat(slow.started.await(5, TimeUnit.SECONDS)).isTrue();
    slow.finish.tryEmitEmpty();

    assertThat(slow.runs.get()).isEqualTo(1);
  }

  @Test
  void abandonedRunsAreClosedBeforeEachRunAndAFailureToCloseThemDoesNotStopIt() throws InterruptedException {
    FakeCollector collector = new FakeCollector("alpha", true, "0 0 7 * * *", "-");
    AtomicInteger sweeps = new AtomicInteger();
    CollectorScheduler scheduler = new CollectorScheduler(List.of(collector), () -> Mono.fromRunnable(() -> {
      sweeps.incrementAndGet();
      throw new IllegalStateException("database unreachable");
    }));

    scheduler.launch(collector, Collector::incrementalSync);
    assertThat(collector.started.await(5, TimeUnit.SECONDS)).isTrue();
    collector.finish.tryEmitEmpty();

    assertThat(sweeps.get()).isEqualTo(1);
    assertThat(collector.runs.get()).isEqualTo(1);
  }

  /** A collector whose incremental run lasts until the test ends it. */
  static final class FakeCollector implements Collector {
    final String source;
    final boolean active;
    final SourceSettings settings = new SourceSettings();
    final AtomicInteger runs = new AtomicInteger();
    final CountDownLatch started = new CountDownLatch(1);
    final Sinks.Empty<Void> finish = Sinks.empty();

    FakeCollector(String source, boolean active, String incrementalCron, String fullCron) {
      this.source = source;
      this.active = active;
      settings.setIncrementalCron(incrementalCron);
      settings.setFullCron(fullCron);
    }

    @Override
    public String source() {
      return source;
    }

    @Override
    public SourceSettings settings() {
      return settings;
    }

    @Override
    public boolean isActive() {
      return active;
    }

    @Override
    public Flux<IngestRunSummary> incrementalSync() {
      return Flux.defer(() -> {
        runs.incrementAndGet();
        started.countDown();
        return finish.asMono().thenMany(Flux.<IngestRunSummary>empty());
      });
    }

    @Override
    public Flux<IngestRunSummary> fullSync() {
      return Flux.empty();
    }
  }
}
