package com.matchcast.serving;

import com.matchcast.events.EventBus;
import com.matchcast.ingest.IngestRunFinished;
import com.matchcast.timeline.KickoffPrices;
import com.matchcast.timeline.StoredTimeline;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.TimelineReader;
import com.matchcast.timeline.UpcomingMatch;
import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.ledger.LedgerScorer;
import com.matchcast.model.registry.LoadedModel;
import com.matchcast.model.registry.ModelRegistry;
import com.matchcast.model.registry.ModelVersion;
import com.matchcast.prediction.Explanation;
import com.matchcast.prediction.Forecaster;
import com.matchcast.prediction.Prediction;
import com.matchcast.prediction.PredictionLedger;
import com.matchcast.prediction.PredictionMade;
import com.matchcast.training.TrainingProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
  private final TimelineEntries entries = new TimelineEntries();

  /** Statuses that void a match's predictions: it will not be played as forecast. */
  private static final Set<MatchStatus> VOIDING = java.util.EnumSet.of(MatchStatus.POSTPONED, MatchStatus.CANCELLED);
  /** When the last look before kick-off is taken for a match the clock stepped over. */
  private static final java.time.Duration LAST_LOOK_BEFORE_KICKOFF = java.time.Duration.ofMinutes(1);

  private volatile MatchClock clock;
  private volatile reactor.core.Disposable reloading;
  private volatile reactor.core.Disposable recomputeRequests;
  /** Moments at which what the clock shows changes (see {@link #changeMoments}), sorted. */
  private long[] changes = new long[0];
  /** True when the store was read again or a recompute was asked for since the last look. */
  private boolean dirty = true;
  /** The serving clock's time at the previous tick, null before the first. */
  private Instant lastTick;
  /** Matches whose last look before kick-off was taken. */
  private final Set<Long> lastLook = new HashSet<>();
  private final Map<Long, Integer> quotesSeen = new HashMap<>();
  private final Map<Long, com.matchcast.prediction.Prediction.MarketView> marketSeen = new HashMap<>();
  private final Set<Long> voided = new HashSet<>();
  private final Map<Long, String> voidReasons = new HashMap<>();
  private final Set<Long> rescheduled = new HashSet<>();
  private List<MatchRecord> records = List.of();
  /** The store's id of each of {@link #records}, by position. */
  private long[] recordIds = new long[0];
  private final Forecaster forecaster = new Forecaster();
  /** Read by health and metrics from other threads. */
  private volatile LoadedModel model;
  /** Completes once the first forecasts from a served model are recorded. */
  private final reactor.core.publisher.Sinks.Empty<Void> firstForecasts = reactor.core.publisher.Sinks.empty();
  private final Map<Long, Prediction> latest = new HashMap<>();
  private final Set<Long> kickedOff = new HashSet<>();
  private final Set<Long> recomputing = new HashSet<>();
  private final Set<Long> looked = new HashSet<>();
  private final Set<Long> finished = new HashSet<>();
  private volatile List<UpcomingFixture> upcoming = List.of();
  /** Whether the last tick led the prediction refresh (a single instance always leads). */
  private boolean leading = true;
  /** False until the first tick has taken in what was known when serving started. */
  private boolean serving;
  /**
   * Explanations by ledger id: those this instance made and those read from the store since. An
   * explanation never changes, so nothing needs clearing; the bound keeps a long run's memory flat
   * (a replay makes thousands of predictions a day) while holding every upcoming match's latest.
   */
  private final reactor.core.publisher.Sinks.Many<String> recomputeMarked =
      reactor.core.publisher.Sinks.many().multicast().directBestEffort();
  private final com.github.benmanes.caffeine.cache.Cache<Long, Explanation> explanations =
      com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(20_000).build();
  /** Time of one forecast: with its explanation when it is recorded, without when it adds nothing. */
  private final Timer explainedForecasts;
  private final Timer unrecordedForecasts;
  private final Timer lookRecorded;
  private final Timer lookSeen;

  public PredictionService(StoredTimeline stored, ModelRegistry registry, PredictionLedger ledger, LedgerScorer scorer,
      ExplanationStore explanationStore, EventBus events, ServingProperties properties, TrainingProperties training,
      MeterRegistry meters) {
    this.explainedForecasts = forecastTimer(meters, true);
    this.unrecordedForecasts = forecastTimer(meters, false);
    this.lookRecorded = lookTimer(meters, "recorded");
    this.lookSeen = lookTimer(meters, "seen");
    this.scorer = scorer;
    this.explanationStore = explanationStore;
    this.stored = stored;
    this.registry = registry;
    this.ledger = ledger;
    this.events = events;
    this.properties = properties;
    this.leagues = Set.copyOf(training.leagues());
  }

  /**
   * Serves on {@code clock} from the matches stored now, and reads the store again whenever an
   * ingest run changed it (new fixtures, prices, results, postponements). A burst of runs (a sync
   * of many files) costs one reading after the one in progress, not one per run.
   */
  public Mono<Void> start(MatchClock clock) {
    return start(clock, Mono.empty());
  }

  /**
   * The same, following ingest runs only once {@code settled} completes, with one reading then:
   * the rest of a start-up import is read once, at its end, not after each of its files.
   */
  public Mono<Void> start(MatchClock clock, Mono<Void> settled) {
    this.clock = clock;
    return reload().doOnSuccess(done -> {
      if (reloading == null) {
        // a request of any instance's admin, this one's included, is marked here
        recomputeRequests = events.on(RecomputeRequested.class)
            .subscribe(request -> markForRecompute(request.league()));
        reloading = settled.then(reload())
            .thenMany(events.on(IngestRunFinished.class)
                .filter(run -> run.summary().inserted() + run.summary().updated() > 0)
                .onBackpressureLatest()
                .concatMap(run -> reload().onErrorResume(e -> {
                  log.error("Reading the store after ingest run {} failed; serving what was read before: {}",
                      run.summary().runId(), e.toString());
                  return Mono.empty();
                }), 1))
            .subscribe();
      }
    });
  }

  /** Reads every stored match again; the next tick serves from it. */
  public Mono<Void> reload() {
    return stored.records().doOnNext(all -> {
      long[] moments = changeMoments(all);
      // in timeline order once here, so that a look's timeline needs no sorting: what the clock
      // shows of a match keeps its day, kick-off, division and home team, hence its place
      List<MatchRecord> ordered = new ArrayList<>(all);
      ordered.sort(TimelineReader.ORDER);
      long[] ids = ordered.stream().mapToLong(PredictionService::id).toArray();
      synchronized (this) {
        records = List.copyOf(ordered);
        recordIds = ids;
        changes = moments;
        dirty = true;
      }
    }).then();
  }

  /**
   * Every moment at which what the clock shows of a stored match changes (its fixture, prices,
   * closing prices, kick-off and result appear), sorted: between two of them, and within one day,
   * a tick has nothing new to look at.
   */
  private static long[] changeMoments(List<MatchRecord> all) {
    long[] moments = new long[all.size() * 5];
    int i = 0;
    for (MatchRecord r : all) {
      Instant kickoff = Visibility.kickoff(r);
      moments[i++] = kickoff.minus(Visibility.FIXTURE_NOTICE).toEpochMilli();
      moments[i++] = kickoff.minus(Visibility.PRE_MATCH_PRICES).toEpochMilli();
      moments[i++] = kickoff.minus(Visibility.CLOSING_PRICES).toEpochMilli();
      moments[i++] = kickoff.toEpochMilli();
      moments[i++] = kickoff.plus(Visibility.FULL_TIME).toEpochMilli();
    }
    java.util.Arrays.sort(moments);
    return moments;
  }

  /** Nothing can have changed since the last look: same day, no moment of change passed, no reload. */
  private boolean quiet(Instant now) {
    if (dirty || lastTick == null || !LocalDate.ofInstant(lastTick, java.time.ZoneOffset.UTC)
        .equals(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC))) {
      return false;
    }
    int at = java.util.Arrays.binarySearch(changes, lastTick.toEpochMilli() + 1);
    int next = at >= 0 ? at : -at - 1;
    return next >= changes.length || changes[next] > now.toEpochMilli();
  }

  /**
   * Completes once forecasts from a served model have been recorded: a first start holds heavy
   * work that can wait (training the full model) until then, so that the two cores go to the
   * first predictions.
   */
  public Mono<Void> firstForecasts() {
    return firstForecasts.asMono();
  }

  /** Stops following ingest runs (the application is closing). */
  public void stop() {
    if (reloading != null) {
      reloading.dispose();
      recomputeRequests.dispose();
    }
  }

  public MatchClock clock() {
    return clock;
  }

  /** The model version forecasts are made from, once one is promoted and loaded (at the first tick after). */
  public Optional<ModelVersion> servingModel() {
    LoadedModel serving = model;
    return serving == null ? Optional.empty() : Optional.of(serving.version());
  }

  private static Timer forecastTimer(MeterRegistry meters, boolean explained) {
    return Timer.builder("matchcast.prediction.latency")
        .description("Time of one forecast (features to probabilities), with its explanation when it is recorded")
        .tag("explained", Boolean.toString(explained))
        .register(meters);
  }

  /**
   * One look of the leading refresh: stage "seen" ends when the clock's view of the store is built
   * (visible matches, timeline, ratings advanced), stage "recorded" when the new predictions are
   * recorded and published. A push after a recompute waits for both.
   */
  private static Timer lookTimer(MeterRegistry meters, String stage) {
    return Timer.builder("matchcast.prediction.refresh")
        .description("One look of the prediction refresh, from its start to the end of the stage")
        .tag("stage", stage)
        .register(meters);
  }

  /** The matches the clock sees coming within the horizon, by kick-off. */
  public List<UpcomingFixture> upcoming() {
    return upcoming;
  }

  /**
   * Forecasts every upcoming match of the league (all when null) again at the next tick, whatever
   * its last prediction; returns how many matches that is.
   */
  public int recompute(String league) {
    int matches;
    synchronized (this) {
      matches = (int) upcoming.stream().filter(f -> league == null || f.league().equals(league)).count();
    }
    // Marked when the request reaches this instance's subscription (the bus delivers an instance's own
    // events to it at once), as on every other instance; whichever leads the refresh does it. Marking here
    // as well would mark twice, and the refresh, which ticks at once on a mark, could recompute twice.
    events.publish(new RecomputeRequested(league));
    return matches;
  }

  private int markForRecompute(String league) {
    int marked;
    synchronized (this) {
      List<UpcomingFixture> matches = upcoming.stream().filter(f -> league == null || f.league().equals(league)).toList();
      matches.forEach(f -> recomputing.add(f.matchId()));
      dirty = true;
      marked = matches.size();
    }
    // outside the lock: a subscriber may tick (which takes it) on its own thread at once
    recomputeMarked.tryEmitNext(league == null ? "" : league);
    return marked;
  }

  /**
   * Emits each time matches are marked for a recompute, so that the refresh does it at once rather
   * than at its next tick. Best effort: a mark made while another is being emitted is done by the
   * tick under way or the next one.
   */
  public Flux<String> recomputeMarked() {
    return recomputeMarked.asFlux();
  }

  /** The explanation of a prediction: from memory when this instance made it, else from the store. */
  public Mono<Explanation> explanation(long predictionId) {
    Explanation made = explanations.getIfPresent(predictionId);
    return made != null ? Mono.just(made) : explanationStore.find(predictionId).doOnNext(e -> explanations.put(predictionId, e));
  }

  /** The explanations of those predictions that have one: from memory, the rest in one read of the store. */
  public Mono<Map<Long, Explanation>> explanations(Collection<Long> predictionIds) {
    Map<Long, Explanation> known = new HashMap<>(explanations.getAllPresent(predictionIds));
    List<Long> missing = predictionIds.stream().filter(id -> !known.containsKey(id)).toList();
    if (missing.isEmpty()) {
      return Mono.just(known);
    }
    return explanationStore.findAll(missing).map(read -> {
      explanations.putAll(read);
      known.putAll(read);
      return known;
    });
  }

  /** One look at the store on the serving clock; returns the predictions recorded. */
  public synchronized Mono<List<Prediction>> tick() {
    return tick(true);
  }

  /**
   * One look of an instance that follows the one leading the prediction refresh: what is upcoming
   * is seen as on the leader (this instance answers {@code upcoming} too), the feature state
   * advances, but nothing is recorded, scored or published: the leader does that, once. On taking
   * the lead, the ledger's latest predictions are read again, so the first look as leader records
   * only what the old leader had not.
   */
  public synchronized Mono<List<Prediction>> follow() {
    return tick(false);
  }

  private Mono<List<Prediction>> tick(boolean leading) {
    if (clock == null) {
      return Mono.just(List.of());
    }
    if (leading != this.leading) {
      this.leading = leading;
      if (leading) {
        looked.clear();
        latest.clear();
        dirty = true;
      }
    }
    Instant now = clock.now();
    if (!leading) {
      return quiet(now) ? followed() : look(now, false);
    }
    if (quiet(now)) {
      // most ticks of a live day: only a newly promoted model could bring something new
      long lookedWith = model == null ? 0 : model.version().id();
      return registry.promoted().map(version -> version.id()).defaultIfEmpty(0L)
          .flatMap(promoted -> promoted == lookedWith ? Mono.just(List.<Prediction>of())
              : Mono.defer(() -> look(now, true)));
    }
    return look(now, true);
  }

  /**
   * A follower loads the served model too (it is ready to lead, and its readiness needs one); its
   * first forecasts are the leader's, made once a model is served.
   */
  private Mono<List<Prediction>> followed() {
    return servedModel().doOnNext(served -> firstForecasts.tryEmitEmpty()).thenReturn(List.of());
  }

  private synchronized Mono<List<Prediction>> look(Instant now, boolean leading) {
    long started = System.nanoTime();
    boolean wasServing = serving;
    dirty = false;
    LocalDate today = LocalDate.ofInstant(now, java.time.ZoneOffset.UTC);
    // each match with the prices a forecast made now would see: closing ones once the clock shows them
    TimelineEntries.Seen seen = entries.seen(records, now);
    List<TimelineMatch> timeline = seen.timeline();
    List<MatchRecord> calledOff = seen.calledOff().stream().filter(r -> leagues.contains(r.leagueCode())).toList();
    int learned = forecaster.advance(timeline, today);
    if (learned > 0) {
      log.debug("Learned {} results up to {}", learned, today.minusDays(1));
    }
    List<Look> looks = new ArrayList<>(lastLooksSkipped(now, today));
    // kick-offs and results are pushed after this tick's predictions: a last look before kick-off comes first
    List<MatchUpdated> announcements = new ArrayList<>();
    List<UpcomingFixture> fixtures = new ArrayList<>();
    List<Long> finishedNow = new ArrayList<>();
    // results the clock already showed when serving started: scored now if the ledger missed them
    Set<Long> finishedBefore = new HashSet<>();
    Instant until = now.plus(properties.horizon());
    for (int index = 0; index < timeline.size(); index++) {
      TimelineMatch match = timeline.get(index);
      UpcomingMatch m = match.upcoming();
      if (!leagues.contains(m.division())) {
        continue;
      }
      Long id = recordIds[seen.position(index)];
      Instant kickoff = kickoff(m);
      if (announce(match, id, kickoff, now, announcements)) {
        finishedNow.add(id);
      } else if (!wasServing && id != null && match.isPlayed()) {
        finishedBefore.add(id);
      }
      if (id != null && !match.isPlayed() && kickoff.isAfter(now) && kickoff.isBefore(until)
          && !m.date().isBefore(today)) {
        if (voided.remove(id)) {
          rescheduled.add(id);
        }
        looks.add(new Look(match, id, now, !now.isBefore(kickoff.minus(Visibility.CLOSING_PRICES))));
        fixtures.add(new UpcomingFixture(id, m.division(), kickoff));
      }
    }
    List<Long> voidNow = callOff(calledOff, now, announcements);
    lastTick = now;
    serving = true;
    fixtures.sort(Comparator.comparing(UpcomingFixture::kickoff).thenComparing(UpcomingFixture::matchId));
    upcoming = List.copyOf(fixtures);
    if (!leading) {
      // the leader does what was asked; left marked here, it would be done again on taking the lead
      recomputing.clear();
      // the prices seen now are not news when this instance takes the lead
      looks.forEach(look -> quotesSeen.put(look.matchId(), look.match().upcoming().prices().quotes().hashCode()));
      return followed();
    }
    lookSeen.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    return servedModel().flatMap(served -> predict(looks, served))
        .doOnNext(made -> lookRecorded.record(System.nanoTime() - started, TimeUnit.NANOSECONDS))
        .doOnNext(made -> firstForecasts.tryEmitEmpty())
        .defaultIfEmpty(List.of())
        .doOnNext(made -> announcements.forEach(events::publish))
        // the results just announced are scored on their MatchUpdated already (ResultScoring); this pass
        // catches what that missed, and after a start the results that came while nobody served
        .flatMap(made -> Flux.fromIterable(finishedNow).concatMap(id -> ResultScoring.score(scorer, events, id))
            .thenMany(finishedBefore.isEmpty() ? Flux.<Boolean>empty() : scorer.unscoredMatches()
                .filter(finishedBefore::contains).collectList()
                .flatMapMany(missed -> Flux.fromIterable(missed).concatMap(id -> ResultScoring.score(scorer, events, id)
                    .doOnNext(scored -> log.info("Match {} finished before serving started: {}", id,
                        scored ? "scored now" : "nothing to score")))))
            .thenMany(Flux.fromIterable(voidNow).concatMap(id -> scorer.voidMatch(id, voidReasons.get(id))))
            .then(Mono.just(made)));
  }

  /**
   * The last look before kick-off of matches that kicked off between this tick and the previous
   * one (a fast replay steps over the minutes before kick-off): made as it would have been a
   * minute before kick-off, from what the clock showed then.
   */
  private List<Look> lastLooksSkipped(Instant now, LocalDate today) {
    if (lastTick == null) {
      return List.of();
    }
    List<Look> looks = new ArrayList<>();
    for (MatchRecord r : records) {
      if (!leagues.contains(r.leagueCode())) {
        continue; // before the kick-off instant, which costs more to make than this look's other checks
      }
      Instant kickoff = Visibility.kickoff(r);
      if (!kickoff.isAfter(lastTick) || kickoff.isAfter(now)
          || lastLook.contains(id(r)) || VOIDING.contains(r.status())) {
        continue;
      }
      if (r.date().isBefore(today)) {
        log.debug("No kick-off look at {}: the clock passed its day between two ticks", r.location());
        continue;
      }
      Instant at = kickoff.minus(LAST_LOOK_BEFORE_KICKOFF);
      MatchRecord then = Visibility.at(r, at);
      TimelineMatch match = KickoffPrices.atKickoff(timelines.timeline(List.of(then)).get(0));
      looks.add(new Look(match, id(r), at, true));
    }
    return looks;
  }

  /** Newly postponed or cancelled matches: announced, forgotten as upcoming, and voided in the ledger. */
  private List<Long> callOff(List<MatchRecord> calledOff, Instant now, List<MatchUpdated> announcements) {
    List<Long> voidNow = new ArrayList<>();
    for (MatchRecord r : calledOff) {
      long id = id(r);
      if (voided.add(id)) {
        rescheduled.remove(id);
        latest.remove(id);
        lastLook.remove(id);
        if (serving) {
          announcements.add(new MatchUpdated(id, r.leagueCode(), r.homeTeam(), r.awayTeam(), r.status(), null, null, now));
        }
        voidReasons.put(id, r.status().name().toLowerCase(java.util.Locale.ROOT));
        voidNow.add(id);
      }
    }
    return voidNow;
  }

  /**
   * The ledger's latest prediction of matches this instance has not looked up yet: after a restart
   * a match is forecast again only if something changed, not recorded twice as a first forecast.
   */
  private Mono<Void> rememberLedger(List<Look> looks) {
    List<Long> unknown = new ArrayList<>();
    for (Look look : looks) {
      if (looked.add(look.matchId())) {
        unknown.add(look.matchId());
      }
    }
    return unknown.isEmpty() ? Mono.empty()
        : ledger.latest(unknown).doOnNext(p -> latest.putIfAbsent(p.matchId(), p)).then();
  }

  private Mono<List<Prediction>> predict(List<Look> looks, LoadedModel served) {
    return rememberLedger(looks).then(Mono.defer(() -> predictKnown(looks, served)));
  }

  private Mono<List<Prediction>> predictKnown(List<Look> looks, LoadedModel served) {
    List<Prediction> fresh = new ArrayList<>();
    Map<Long, Explanation> explained = new HashMap<>();
    for (Look look : looks) {
      long id = look.matchId();
      UpcomingMatch m = look.match().upcoming();
      long started = System.nanoTime();
      Prediction made = forecaster.predict(id, m, served, look.at());
      long forecastNanos = System.nanoTime() - started;
      pricesSeen(look, made);
      boolean kickOff = look.kickOff() && lastLook.add(id);
      String reason = recomputing.remove(id) ? "recomputed"
          : forecaster.reason(latest.get(id), made, properties.priceMove(), kickOff);
      if (reason != null) {
        if (rescheduled.remove(id)) {
          reason = "rescheduled";
        }
        fresh.add(made.withReason(reason));
        long explaining = System.nanoTime();
        explained.put(id, forecaster.explain(made, served));
        explainedForecasts.record(forecastNanos + System.nanoTime() - explaining, TimeUnit.NANOSECONDS);
      } else {
        unrecordedForecasts.record(forecastNanos, TimeUnit.NANOSECONDS);
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

  /** Publishes the match's new quotes, if any since the last look (not those known when serving started). */
  private void pricesSeen(Look look, Prediction made) {
    UpcomingMatch m = look.match().upcoming();
    List<com.matchcast.matchdata.OddsQuote> quotes = m.prices().quotes();
    Integer before = quotesSeen.put(look.matchId(), quotes.hashCode());
    Prediction.MarketView previous = marketSeen.put(look.matchId(), made.market());
    boolean moved = before == null ? !quotes.isEmpty() && lastTick != null && serving : before != quotes.hashCode();
    if (moved && !quotes.isEmpty()) {
      events.publish(new OddsMoved(look.matchId(), m.division(), m.homeTeam(), m.awayTeam(), made.market(), previous,
          !look.match().closing().quotes().isEmpty(), quotes.size(), look.at()));
    }
  }

  /**
   * One look at an upcoming match: at the tick's time, or for a match a fast replay stepped over,
   * a minute before its kick-off.
   *
   * @param kickOff true for the match's last look before kick-off (closing prices may be in)
   */
  private record Look(TimelineMatch match, long matchId, Instant at, boolean kickOff) {}

  /**
   * Publishes a kick-off or a result the clock has just passed; true for a result that arrived
   * while serving (not one already known when serving started), which the ledger then scores.
   */
  private boolean announce(TimelineMatch match, Long id, Instant kickoff, Instant now,
      List<MatchUpdated> announcements) {
    if (id == null) {
      return false;
    }
    UpcomingMatch m = match.upcoming();
    if (match.isPlayed() && finished.add(id)) {
      kickedOff.add(id);
      if (!serving) {
        return false;
      }
      announcements.add(new MatchUpdated(id, m.division(), m.homeTeam(), m.awayTeam(), MatchStatus.FINISHED,
          match.outcome().homeGoals(), match.outcome().awayGoals(), now));
      return true;
    } else if (!match.isPlayed() && !now.isBefore(kickoff) && kickedOff.add(id) && serving) {
      announcements.add(new MatchUpdated(id, m.division(), m.homeTeam(), m.awayTeam(), MatchStatus.LIVE, null, null, now));
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

  private static long id(MatchRecord r) {
    return Long.parseLong(r.location().substring("match ".length()));
  }

  private static Instant kickoff(UpcomingMatch m) {
    return Visibility.kickoff(m.date(), m.kickoffUtc());
  }
}
