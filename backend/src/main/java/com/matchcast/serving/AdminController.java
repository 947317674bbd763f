package com.matchcast.serving;

import com.matchcast.cluster.ClusterJobs;
import com.matchcast.ingest.IngestRunFinished;
import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.collect.Collector;
import com.matchcast.ingest.run.IngestRun;
import com.matchcast.events.EventBus;
import com.matchcast.model.registry.ModelRegistry;
import com.matchcast.model.registry.ModelVersion;
import com.matchcast.training.TrainingJob;
import com.matchcast.training.TrainingProperties;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Operations for administrators: marked {@code @admin} in the schema, which is where their
 * protection (scope matchcast:admin) and their audit come from ({@code security.AccessDirectives}).
 * Expected failures are payload types, not errors.
 */
@Controller
public class AdminController {

  private static final Logger log = LoggerFactory.getLogger(AdminController.class);

  private final TrainingJob training;
  private final TrainingProperties trainingProperties;
  private final ModelRegistry registry;
  private final List<Collector> collectors;
  private final PredictionService predictions;
  private final EventBus events;
  private final ClusterJobs jobs;

  public AdminController(TrainingJob training, TrainingProperties trainingProperties, ModelRegistry registry,
      List<Collector> collectors, PredictionService predictions, EventBus events, ClusterJobs jobs) {
    this.training = training;
    this.trainingProperties = trainingProperties;
    this.registry = registry;
    this.collectors = collectors;
    this.predictions = predictions;
    this.events = events;
    this.jobs = jobs;
  }

  public record TrainingStarted(OffsetDateTime startedAt, List<String> leagues) {}

  public record TrainingAlreadyRunning(String message) {}

  public record ModelPromoted(ModelVersion modelVersion) {}

  public record ModelNotFound(String id, String message) {}

  public record ModelRetired(String id, String message) {}

  public record SyncStarted(String source, OffsetDateTime startedAt) {}

  public record SyncAlreadyRunning(String source, String message) {}

  public record UnknownSource(String source, List<String> available, String message) {}

  public record PredictionsRecomputed(int matches) {}

  public record UnknownLeague(String league, List<String> tracked, String message) {}

  /** One run across the instances: the one that takes the training lock trains, the others say so. */
  @MutationMapping
  public Mono<Object> retrain() {
    if (training.isRunning()) {
      return Mono.just(new TrainingAlreadyRunning("a training run is still going; try again when it has finished"));
    }
    OffsetDateTime asked = OffsetDateTime.now(ZoneOffset.UTC);
    return jobs.start(ClusterJobs.TRAINING, training::launch)
        .map(started -> started ? new TrainingStarted(asked, trainingProperties.leagues())
            : new TrainingAlreadyRunning("a training run is still going (here or on another instance); try again"
                + " when it has finished"));
  }

  @MutationMapping
  public Mono<Object> promoteModel(@Argument String id) {
    long versionId;
    try {
      versionId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return Mono.just(new ModelNotFound(id, "model version ids are numbers; '" + id + "' is not one"));
    }
    return registry.find(versionId).<Object>flatMap(version -> ModelVersion.RETIRED.equals(version.status())
            ? Mono.just(new ModelRetired(id, "model version " + id + " is retired and cannot be served"))
            : registry.promote(versionId).map(ModelPromoted::new))
        .onErrorResume(java.util.NoSuchElementException.class, missing -> Mono.empty())
        .defaultIfEmpty(new ModelNotFound(id, "no model version " + id + " is registered"));
  }

  @MutationMapping
  public Mono<Object> runSync(@Argument String source) {
    List<Collector> active = collectors.stream().filter(Collector::isActive).toList();
    Collector collector = active.stream().filter(c -> c.source().equalsIgnoreCase(source)).findFirst().orElse(null);
    if (collector == null) {
      List<String> available = active.stream().map(Collector::source).toList();
      return Mono.just(new UnknownSource(source, available, "no active collector named '" + source + "'; active: "
          + (available.isEmpty() ? "none (give the providers' keys to enable them)" : String.join(", ", available))));
    }
    OffsetDateTime asked = OffsetDateTime.now(ZoneOffset.UTC);
    return jobs.start(ClusterJobs.collector(collector.source()), () -> collector.incrementalSync()
            .doOnError(error -> log.error("Sync of {} failed: {}", collector.source(), error.toString()))
            .onErrorComplete().then())
        .map(started -> started ? new SyncStarted(collector.source(), asked)
            : new SyncAlreadyRunning(collector.source(), "a sync of " + collector.source() + " is still going (here"
                + " or on another instance); its results arrive through ingestRunFinished"));
  }

  @MutationMapping
  public Object recomputePredictions(@Argument String league) {
    List<String> tracked = trainingProperties.leagues();
    String code = league == null ? null : league.trim().toUpperCase(Locale.ROOT);
    if (code != null && !tracked.contains(code)) {
      return new UnknownLeague(league, tracked, "league '" + league + "' is not tracked; tracked: "
          + String.join(", ", tracked));
    }
    return new PredictionsRecomputed(predictions.recompute(code));
  }

  @SubscriptionMapping
  public Flux<IngestRun> ingestRunFinished() {
    return events.on(IngestRunFinished.class).map(AdminController::run);
  }

  private static IngestRun run(IngestRunFinished finished) {
    IngestRunSummary s = finished.summary();
    OffsetDateTime end = finished.finishedAt().atOffset(ZoneOffset.UTC);
    return new IngestRun(s.runId(), s.source(), s.target(), end.minus(s.duration()), end, s.status(), s.rowsRead(),
        s.inserted(), s.updated(), s.unchanged(), s.rejected(), s.duplicates(), s.oddsRows(), null, s.message());
  }
}
