package com.matchcast.cluster;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Work done on events by the one instance that leads a role. Every instance hears the events (the
 * bus delivers them to all), so each reaction first asks whether this instance leads the role now
 * and does nothing when another does: one scoring, one pick or one outlook per event across the
 * cluster. A reaction that fails is logged and dropped, so that one bad event never ends the
 * listening; whatever it missed is the role's periodic pass to catch up.
 *
 * <p>A subclass says which events it reacts to and how ({@link #reactions()}); this class subscribes
 * to them while the application runs.
 */
public abstract class LeaderReactions implements SmartLifecycle {

  /** The prediction refresh's role: its leader publishes results, so it also reacts to them. */
  public static final String PREDICTION_REFRESH = "prediction-refresh";

  private final Logger log = LoggerFactory.getLogger(getClass());
  private final ClusterJobs jobs;
  private final String role;
  private volatile Disposable listening;

  protected LeaderReactions(ClusterJobs jobs, String role) {
    this.jobs = jobs;
    this.role = role;
  }

  /**
   * The reactions to subscribe to, each built with {@link #ifLeading}; null when this instance does
   * not react at all (a feature switched off).
   */
  protected abstract Flux<?> reactions();

  /**
   * The work, made and run only if this instance leads the role when it is asked (so that nothing
   * of it, not even the moment it reads, is taken on another instance); its failure is logged as
   * {@code what} and ends in nothing.
   */
  protected final <T> Mono<T> ifLeading(Supplier<Mono<T>> work, String what) {
    return jobs.leads(role).filter(Boolean::booleanValue)
        .flatMap(leading -> work.get())
        .onErrorResume(error -> {
          log.warn("{}: {}", what, error.toString());
          return Mono.empty();
        });
  }

  @Override
  public void start() {
    Flux<?> reactions = reactions();
    if (reactions != null) {
      listening = reactions.subscribe();
    }
  }

  @Override
  public void stop() {
    Disposable running = listening;
    if (running != null) {
      running.dispose();
      listening = null;
    }
  }

  @Override
  public boolean isRunning() {
    return listening != null;
  }
}
