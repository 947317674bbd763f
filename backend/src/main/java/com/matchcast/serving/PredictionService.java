package com.matchcast.serving;

import com.matchcast.events.EventBus;
import com.matchcast.timeline.StoredTimeline;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.TimelineReader;
import com.matchcast.timeline.UpcomingMatch;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.ledger.LedgerScorer;
import com.matchcast.model.registry.LoadedModel;
import com.matchcast.model.registry.ModelRegistry;
import com.matchcast.prediction.Explanation;
import com.matchcast.prediction.Forecaster;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.prediction.PredictionMade;
import com.matchcast.training.TrainingProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Keeps every upcoming match of the tracked leagues forecast, on the serving clock: each tick it
 * looks at what the store says is known by now (see {@link Visibility}), advances the feature
 * state with new results, and records a new prediction for a match when it has none yet, when a
 * new model is served, when its market moved, or when new results changed its features. Each
 * recorded prediction and each kick-off and result is published on the event bus.
 */
@Component
public class PredictionService {

  private static final Logger log = LoggerFactory.getLogger(PredictionService.class);

  private final StoredTimeline stored;
  private final ModelRegistry registry;
  private final PredictionLedger ledger;
  private final LedgerScorer scorer;
  private final ExplanationStore explanationStore;
  private final EventBus events;
  private final ServingProperties properties;
  private final Set<String> leagues;
  private final TimelineReader timelines = new TimelineReader();

  private volatile MatchClock clock;
  private List<MatchRecord> records = List.of();
  private final Map<String, Long> matchIds = new HashMap<>();
  private final Forecaster forecaster = new Forecaster();
  private LoadedModel model;
  private final Map<Long, Prediction> latest = new HashMap<>();
  private final Set<Long> kickedOff = new HashSet<>();
  private final Set<Long> recomputing = new HashSet<>();
  private final Set<Long> looked = new HashSet<>();
  private final Set<Long> finished = new HashSet<>();
  private volatile List<UpcomingFixture> upcoming = List.of();
  /** False until the first tick has taken in what was known when serving started. */
  private boolean serving;
  /** Explanations of the predictions this instance made, by ledger id (kept in memory for now). */
  private final Map<Long, Explanation> explanations = new java.util.concurrent.ConcurrentHashMap<>();

  public PredictionService(StoredTimeline stored, ModelRegistry registry, PredictionLedger ledger, LedgerScorer scorer,
      ExplanationStore explanationStore, EventBus events, ServingProperties properties, TrainingProperties training) {
    this.scorer = scorer;
    this.explanationStore = explanationStore;
    this.stored = stored;
    this.registry = registry;
    this.ledger = ledger;
    this.events = events;
    this.properties = properties;
    this.leagues = Set.copyOf(training.leagues());
  }

  /** Serves on {@code clock} from the matches stored now. */
  public Mono<Void> start(MatchClock clock) {
    this.clock = clock;
    return stored.records().doOnNext(all -> {
      synchronized (this) {
        records = all;
        matchIds.clear();
        all.forEach(r -> matchIds.put(key(r.leagueCode(), r.date(), r.homeTeam(), r.awayTeam()),
            Long.parseLong(r.location().substring("match ".length()))));
      }
    }).then();
  }

  public MatchClock clock() {
    return clock;
  }

  /** The matches the clock sees coming within the horizon, by kick-off. */
  public List<UpcomingFixture> upcoming() {
    return upcoming;
  }

  /**
   * Forecasts every upcoming match of the league (all when null) again at the next tick, whatever
   * its last prediction; returns how many matches that is.
   */
  public synchronized int recompute(String league) {
    List<UpcomingFixture> matches = upcoming.stream().filter(f -> league == null || f.league().equals(league)).toList();
    matches.forEach(f -> recomputing.add(f.matchId()));
    return matches.size();
  }

  /** The explanation of a prediction: from memory when this instance made it, else from the store. */
  public Mono<Explanation> explanation(long predictionId) {
    Explanation made = explanations.get(predictionId);
    return made != null ? Mono.just(made) : explanationStore.find(predictionId);
  }

  /** One look at the store on the serving clock; returns the predictions recorded. */
  public synchronized Mono<List<Prediction>> tick() {
    if (clock == null) {
      return Mono.just(List.of());
    }
    Instant now = clock.now();
    LocalDate today = clock.today();
    List<MatchRecord> known = new ArrayList<>();
    for (MatchRecord r : records) {
      MatchRecord visible = Visibility.at(r, now);
      if (visible != null) {
        known.add(visible);
      }
    }
    List<TimelineMatch> timeline = timelines.timeline(known);
    int learned = forecaster.advance(timeline, today);
    if (learned > 0) {
      log.debug("Learned {} results up to {}", learned, today.minusDays(1));
    }
    List<TimelineMatch> coming = new ArrayList<>();
    List<UpcomingFixture> fixtures = new ArrayList<>();
    List<Long> finishedNow = new ArrayList<>();
    Instant until = now.plus(properties.horizon());
    for (TimelineMatch match : timeline) {
      UpcomingMatch m = match.upcoming();
      if (!leagues.contains(m.division())) {
        continue;
      }
      Long id = matchIds.get(key(m.division(), m.date(), m.homeTeam(), m.awayTeam()));
      Instant kickoff = kickoff(m);
      if (announce(match, id, kickoff, now)) {
        finishedNow.add(id);
      }
      if (!match.isPlayed() && kickoff.isAfter(now) && kickoff.isBefore(until) && !m.date().isBefore(today)) {
        coming.add(match);
        fixtures.add(new UpcomingFixture(id, m.division(), kickoff));
      }
    }
    serving = true;
    fixtures.sort(Comparator.comparing(UpcomingFixture::kickoff).thenComparing(UpcomingFixture::matchId));
    upcoming = List.copyOf(fixtures);
    return servedModel().flatMap(served -> predict(coming, served, now)).defaultIfEmpty(List.of())
        .flatMap(made -> Flux.fromIterable(finishedNow).concatMap(scorer::scoreFinished).then(Mono.just(made)));
  }

  /**
   * The ledger's latest prediction of matches this instance has not looked up yet: after a restart
   * a match is forecast again only if something changed, not recorded twice as a first forecast.
   */
  private Mono<Void> rememberLedger(List<TimelineMatch> coming) {
    List<Long> unknown = new ArrayList<>();
    for (TimelineMatch match : coming) {
      UpcomingMatch m = match.upcoming();
      Long id = matchIds.get(key(m.division(), m.date(), m.homeTeam(), m.awayTeam()));
      if (id != null && looked.add(id)) {
        unknown.add(id);
      }
    }
    return unknown.isEmpty() ? Mono.empty()
        : ledger.latest(unknown).doOnNext(p -> latest.putIfAbsent(p.matchId(), p)).then();
  }

  private Mono<List<Prediction>> predict(List<TimelineMatch> coming, LoadedModel served, Instant now) {
    return rememberLedger(coming).then(Mono.defer(() -> predictKnown(coming, served, now)));
  }

  private Mono<List<Prediction>> predictKnown(List<TimelineMatch> coming, LoadedModel served, Instant now) {
    List<Prediction> fresh = new ArrayList<>();
    Map<Long, Explanation> explained = new HashMap<>();
    for (TimelineMatch match : coming) {
      UpcomingMatch m = match.upcoming();
      long id = matchIds.get(key(m.division(), m.date(), m.homeTeam(), m.awayTeam()));
      Prediction made = forecaster.predict(id, m, served, now);
      String reason = recomputing.remove(id) ? "recomputed"
          : forecaster.reason(latest.get(id), made, properties.priceMove());
      if (reason != null) {
        fresh.add(made.withReason(reason));
        explained.put(id, forecaster.explain(made, served));
      }
    }
    return Flux.fromIterable(fresh)
        .concatMap(p -> ledger.record(p).flatMap(recorded -> explanationStore
            .save(recorded.id(), explained.get(recorded.matchId())).thenReturn(recorded)))
        .doOnNext(recorded -> {
          latest.put(recorded.matchId(), recorded);
          forecaster.recorded(recorded);
          explanations.put(recorded.id(), explained.get(recorded.matchId()));
          events.publish(new PredictionMade(recorded));
        })
        .collectList();
  }

  /**
   * Publishes a kick-off or a result the clock has just passed; true for a result that arrived
   * while serving (not one already known when serving started), which the ledger then scores.
   */
  private boolean announce(TimelineMatch match, Long id, Instant kickoff, Instant now) {
    if (id == null) {
      return false;
    }
    UpcomingMatch m = match.upcoming();
    if (match.isPlayed() && finished.add(id)) {
      kickedOff.add(id);
      if (!serving) {
        return false;
      }
      events.publish(new MatchUpdated(id, m.division(), m.homeTeam(), m.awayTeam(), MatchStatus.FINISHED,
          match.outcome().homeGoals(), match.outcome().awayGoals(), now));
      return true;
    } else if (!match.isPlayed() && !now.isBefore(kickoff) && kickedOff.add(id) && serving) {
      events.publish(new MatchUpdated(id, m.division(), m.homeTeam(), m.awayTeam(), MatchStatus.LIVE, null, null, now));
    }
    return false;
  }

  private Mono<LoadedModel> servedModel() {
    return registry.promoted().flatMap(version -> {
      if (model != null && model.version().id() == version.id()) {
        return Mono.just(model);
      }
      return registry.loadForServing(version.id()).doOnNext(loaded -> {
        LoadedModel previous = model;
        model = loaded;
        log.info("Serving predictions from model version {} (trained {} to {})", version.id(), version.trainedFrom(),
            version.trainedTo());
        if (previous != null) {
          previous.close();
        }
      });
    });
  }

  private static Instant kickoff(UpcomingMatch m) {
    return Visibility.kickoff(m.date(), m.kickoffUtc());
  }

  private static String key(String league, LocalDate date, String home, String away) {
    return league + "|" + date + "|" + home + "|" + away;
  }
}
