package com.matchcast.model.registry;

import com.matchcast.events.EventBus;
import com.matchcast.model.ModelCodec;
import com.matchcast.model.ModelExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Registered model versions: rows in model_version, artifacts in the {@link ModelStore}. At most
 * one version is promoted (the one that serves forecasts); promotion swaps it in one transaction.
 */
@Service
public class ModelRegistry {

  private final DatabaseClient db;
  private final ModelStore store;
  private final ModelExecutor executor;
  private final TransactionalOperator transaction;
  private final Clock clock;
  private final EventBus events;

  public ModelRegistry(DatabaseClient db, ModelStore store, ModelExecutor executor,
      ReactiveTransactionManager transactionManager, ObjectProvider<Clock> clock, EventBus events) {
    this.events = events;
    this.db = db;
    this.store = store;
    this.executor = executor;
    this.transaction = TransactionalOperator.create(transactionManager);
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /** Writes the artifact, then its row; a failed insert removes the orphaned file. Returns the new id. */
  public Mono<Long> register(ModelRegistration registration, byte[] artifact) {
    String sha = ModelStore.sha256(artifact);
    return executor.run(() -> store.write(registration.name(), artifact))
        .flatMap(path -> insert(registration, path, sha)
            .onErrorResume(e -> executor.run(() -> {
              store.delete(path);
              return path;
            }).then(Mono.error(e))));
  }

  private Mono<Long> insert(ModelRegistration r, String path, String sha) {
    DatabaseClient.GenericExecuteSpec spec = db.sql("INSERT INTO model_version (name, kind, created_at,"
            + " trained_from, trained_to, data_hash, seed, parameters, features, metrics, artifact_path,"
            + " artifact_sha256, promoted, status) VALUES (:name, :kind, :createdAt, :from, :to, :dataHash, :seed,"
            + " :parameters, :features, :metrics, :path, :sha, FALSE, :status)")
        .bind("name", r.name()).bind("kind", r.provenance().kind())
        .bind("createdAt", LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)))
        .bind("seed", r.provenance().seed())
        .bind("parameters", RegistryJson.numbers(r.provenance().parameters().values()))
        .bind("features", RegistryJson.names(r.provenance().featureNames()))
        .bind("metrics", RegistryJson.numbers(r.metrics()))
        .bind("path", path).bind("sha", sha).bind("status", ModelVersion.READY);
    spec = nullable(spec, "from", r.trainedFrom(), LocalDate.class);
    spec = nullable(spec, "to", r.trainedTo(), LocalDate.class);
    spec = nullable(spec, "dataHash", r.dataHash(), String.class);
    return spec.filter(s -> s.returnGeneratedValues("id")).map(row -> row.get("id", Long.class)).one();
  }

  /** The version and its model, rebuilt off the event loop after checking the artifact's hash. */
  public Mono<LoadedModel> load(long id) {
    return find(id).flatMap(version -> executor.run(() -> read(version)));
  }

  /**
   * The same, for serving: on a scheduler of its own, so that a model just promoted serves at once
   * instead of queueing behind the training run that is still storing its rating histories.
   */
  public Mono<LoadedModel> loadForServing(long id) {
    return find(id).publishOn(reactor.core.scheduler.Schedulers.boundedElastic()).map(this::read);
  }

  private LoadedModel read(ModelVersion version) {
    byte[] artifact = store.read(version.artifactPath());
    if (!ModelStore.sha256(artifact).equals(version.artifactSha256())) {
      throw new IllegalStateException("artifact of model version " + version.id()
          + " does not match its recorded hash");
    }
    return new LoadedModel(version, ModelCodec.read(artifact));
  }

  public Mono<ModelVersion> find(long id) {
    return db.sql("SELECT " + ModelVersionRows.COLUMNS + " FROM model_version WHERE id = :id").bind("id", id)
        .map(ModelVersionRows::read).one()
        .switchIfEmpty(Mono.error(() -> new NoSuchElementException("no model version " + id)));
  }

  public Flux<ModelVersion> list() {
    return db.sql("SELECT " + ModelVersionRows.COLUMNS + " FROM model_version ORDER BY id")
        .map(ModelVersionRows::read).all();
  }

  /** The {@code count} most recently registered versions, newest first. */
  public Flux<ModelVersion> latest(int count) {
    return db.sql("SELECT " + ModelVersionRows.COLUMNS + " FROM model_version ORDER BY id DESC LIMIT " + count)
        .map(ModelVersionRows::read).all();
  }

  /** The version that serves forecasts, or empty before the first promotion. */
  public Mono<ModelVersion> promoted() {
    return db.sql("SELECT " + ModelVersionRows.COLUMNS + " FROM model_version WHERE promoted = TRUE")
        .map(ModelVersionRows::read).one();
  }

  /**
   * Makes {@code id} the only promoted version. The rows involved are locked first, so two
   * promotions at once run one after the other and exactly one version ends up promoted.
   * Announced on the event bus once committed (the read cache forgets the old model's predictions).
   */
  public Mono<ModelVersion> promote(long id) {
    Mono<Long> swap = db.sql("SELECT id, status FROM model_version WHERE id = :id OR promoted = TRUE FOR UPDATE")
        .bind("id", id).map(row -> row.get("id", Long.class) == id ? row.get("status", String.class) : "").all()
        .filter(status -> !status.isEmpty()).next()
        .switchIfEmpty(Mono.error(() -> new NoSuchElementException("no model version " + id)))
        .flatMap(status -> ModelVersion.READY.equals(status) ? Mono.just(status)
            : Mono.error(new IllegalStateException("model version " + id + " is " + status)))
        .then(db.sql("UPDATE model_version SET promoted = FALSE WHERE promoted = TRUE AND id <> :id")
            .bind("id", id).fetch().rowsUpdated())
        .then(db.sql("UPDATE model_version SET promoted = TRUE WHERE id = :id").bind("id", id).fetch().rowsUpdated());
    return transaction.transactional(swap).then(find(id))
        .doOnNext(promoted -> events.publish(new ModelVersionPromoted(promoted)));
  }

  /** A retired version can no longer be promoted; retiring the promoted one leaves none promoted. */
  public Mono<ModelVersion> retire(long id) {
    return db.sql("UPDATE model_version SET status = :status, promoted = FALSE WHERE id = :id")
        .bind("status", ModelVersion.RETIRED).bind("id", id).fetch().rowsUpdated()
        .then(find(id));
  }

  private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, String name,
      Object value, Class<?> type) {
    return value == null ? spec.bindNull(name, type) : spec.bind(name, value);
  }
}
