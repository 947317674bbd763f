package com.matchcast.training;

import com.matchcast.backtest.MatchForecast;
import com.matchcast.backtest.WalkForward;
import com.matchcast.backtest.WalkForwardPlan;
import com.matchcast.evaluation.EvaluatedMatch;
import com.matchcast.evaluation.Evaluator;
import com.matchcast.evaluation.Segment;
import com.matchcast.feature.FeatureMatrix;
import com.matchcast.feature.FeaturePipeline;
import com.matchcast.forecast.Combiner;
import com.matchcast.forecast.EnsembleMember;
import com.matchcast.forecast.ForecastSetup;
import com.matchcast.forecast.LearnerMember;
import com.matchcast.forecast.RecencyWeights;
import com.matchcast.goals.DixonColesFeatures;
import com.matchcast.model.EnsembleModel;
import com.matchcast.model.ModelExecutor;
import com.matchcast.model.OutcomeModel;
import com.matchcast.model.registry.ModelRegistration;
import com.matchcast.model.registry.ModelRegistry;
import com.matchcast.rating.EloFeatures;
import com.matchcast.rating.EloRatings;
import com.matchcast.rating.PiRatingFeatures;
import com.matchcast.rating.PiRatings;
import com.matchcast.rating.RatingHistoryStore;
import com.matchcast.rating.RatingPoint;
import com.matchcast.rating.RatingSystem;
import com.matchcast.timeline.StoredTimeline;
import com.matchcast.timeline.TimelineMatch;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Trains the served model on everything stored up to now: the standard setup of the backtest,
 * its ensemble weights and calibration learned from a walk-forward over the last year, then
 * every member refitted on all matches in the window, registered, and optionally promoted.
 */
@Component
public class ModelTrainer {

  private static final Logger log = LoggerFactory.getLogger(ModelTrainer.class);

  static final String MODEL_NAME = "matchcast-1x2";
  private static final Period OUT_OF_SAMPLE_YEAR = Period.ofYears(1);

  private final StoredTimeline timeline;
  private final ModelRegistry registry;
  private final ModelExecutor executor;
  private final RatingHistoryStore ratingHistory;

  public ModelTrainer(StoredTimeline timeline, ModelRegistry registry, ModelExecutor executor,
      RatingHistoryStore ratingHistory) {
    this.timeline = timeline;
    this.registry = registry;
    this.executor = executor;
    this.ratingHistory = ratingHistory;
  }

  public Mono<TrainingResult> train(TrainingRequest request) {
    return timeline.read(request.before())
        .flatMap(matches -> executor.run(() -> fit(matches, request)))
        .flatMap(fitted -> {
          PromotionRule.Verdict verdict = request.promotion().judge(fitted.metrics());
          log.info("Promotion: {} ({})", verdict.promote() ? "yes" : "no", verdict.reason());
          long registering = System.nanoTime();
          return registry.register(fitted.registration(), fitted.artifact())
              .doOnNext(id -> log.info("Registered version {} ({} KB) in {} ms", id, fitted.artifact().length / 1024,
                  (System.nanoTime() - registering) / 1_000_000))
              .flatMap(id -> verdict.promote() ? registry.promote(id).thenReturn(id) : Mono.just(id))
              .flatMap(id -> {
                long storing = System.nanoTime();
                return ratingHistory.replace(fitted.ratings().clubs(), fitted.ratings().histories())
                    .doOnNext(points -> log.info("Stored {} rating-history points in {} ms", points,
                        (System.nanoTime() - storing) / 1_000_000))
                    .map(points -> fitted.result(id, verdict, points));
              });
        });
  }

  private FittedVersion fit(List<TimelineMatch> matches, TrainingRequest request) {
    List<TimelineMatch> played = matches.stream().filter(TimelineMatch::isPlayed)
        .filter(m -> request.leagues().contains(m.upcoming().division())).toList();
    if (played.size() < 1000) {
      throw new IllegalStateException("only " + played.size() + " played matches in " + request.leagues()
          + "; import more history before training");
    }
    LocalDate last = played.get(played.size() - 1).upcoming().date();
    LocalDate asOf = last.plusDays(1);
    LocalDate trainedFrom = asOf.minus(request.trainingWindow());
    ForecastSetup setup = ForecastSetup.standard(request.seed(), request.threads());
    WalkForwardPlan plan = new WalkForwardPlan(request.leagues(), request.leagues(), asOf.minus(OUT_OF_SAMPLE_YEAR),
        last, request.refitEvery(), request.warmUp(), request.trainingWindow(), request.recencyHalfLife(), request.seed());
    LocalDate firstNeeded = plan.start().minus(request.trainingWindow());
    FeatureMatrix matrix = new FeaturePipeline(setup.sources()).run(matches,
        m -> request.leagues().contains(m.division()) && !m.date().isBefore(firstNeeded));
    WalkForward walkForward = new WalkForward(setup.members(), setup.combiner(), setup.goals(matrix), setup.version());
    log.info("Training on {} played matches of {} up to {} (window {}): out-of-sample walk-forward over the last"
        + " year{}", played.size(), request.leagues(), last, request.trainingWindow(),
        request.warmUp().isZero() ? "" : " after a warm-up of " + request.warmUp());
    List<MatchForecast> outOfSample = walkForward.run(matches, matrix, plan,
        (refit, trained, forecast, combination) -> log.info("refit {}: trained on {} matches, forecast {}; {}",
            refit, trained, forecast, combination));
    Combiner.Combination combination = walkForward.combinationAt(asOf);
    int[] rows = matches.stream().filter(m -> m.isPlayed() && request.leagues().contains(m.upcoming().division())
            && !m.upcoming().date().isBefore(trainedFrom))
        .mapToInt(m -> m.upcoming().index()).toArray();
    int[] outcomes = java.util.Arrays.stream(rows).map(i -> matches.get(i).outcome().result()).toArray();
    log.info("Fitting the served members on {} matches from {}", rows.length, trainedFrom);
    List<OutcomeModel> members = new ArrayList<>();
    for (EnsembleMember member : setup.members()) {
      members.add(((LearnerMember) member).model(matrix.select(rows), outcomes,
          RecencyWeights.of(matches, rows, asOf, request.recencyHalfLife()), request.seed()));
    }
    try (EnsembleModel ensemble = new EnsembleModel(members, combination.weights(), combination.calibration(),
        request.seed())) {
      Map<String, Double> metrics = metrics(outOfSample);
      ModelRegistration registration = ModelRegistration.of(MODEL_NAME, ensemble, trainedFrom, last,
          TimelineHash.of(played), metrics);
      return new FittedVersion(registration, ensemble.toBytes(), rows.length, combination.describe(), metrics,
          Ratings.of(setup, matches));
    }
  }

  private static Map<String, Double> metrics(List<MatchForecast> forecasts) {
    Segment overall = new Evaluator(200, 1).evaluate(forecasts.stream().filter(f -> f.match().isPlayed())
        .map(f -> EvaluatedMatch.of(f.match(), f.outcomeProbabilities(), f.overTwoAndAHalf(), f.bothTeamsScore()))
        .toList()).overall();
    Map<String, Double> metrics = new LinkedHashMap<>();
    metrics.put("oos_matches", (double) overall.model().matches());
    metrics.put("oos_rps", overall.model().rankedProbabilityScore());
    metrics.put("oos_log_loss", overall.model().logLoss());
    metrics.put("oos_accuracy", overall.model().accuracy());
    metrics.put("oos_expected_accuracy", overall.model().expectedAccuracy());
    metrics.put("oos_ece", overall.model().expectedCalibrationError());
    overall.markets().forEach(m -> metrics.put("oos_market_" + m.reference() + "_rps", m.market().rankedProbabilityScore()));
    return metrics;
  }

  /** A trained ensemble ready to register, with the ratings the features were built from. */
  private record FittedVersion(ModelRegistration registration, byte[] artifact, int trainingMatches,
      String combination, Map<String, Double> metrics, Ratings ratings) {

    TrainingResult result(long id, PromotionRule.Verdict promotion, long ratingPoints) {
      return new TrainingResult(id, promotion.promote(), promotion.reason(), registration.trainedFrom(),
          registration.trainedTo(), trainingMatches, combination, metrics, ratingPoints);
    }
  }

  /** Every club's rating histories after the whole timeline, taken from the feature sources. */
  private record Ratings(Set<String> clubs, Map<RatingSystem, Function<String, List<RatingPoint>>> histories) {

    static Ratings of(ForecastSetup setup, List<TimelineMatch> matches) {
      Set<String> clubs = new TreeSet<>();
      matches.forEach(m -> {
        clubs.add(m.upcoming().homeClub());
        clubs.add(m.upcoming().awayClub());
      });
      EloRatings elo = source(setup, EloFeatures.class).ratings();
      PiRatings pi = source(setup, PiRatingFeatures.class).ratings();
      DixonColesFeatures dixonColes = source(setup, DixonColesFeatures.class);
      Map<RatingSystem, Function<String, List<RatingPoint>>> histories = new EnumMap<>(RatingSystem.class);
      histories.put(RatingSystem.ELO, elo::history);
      histories.put(RatingSystem.PI_HOME, pi::homeHistory);
      histories.put(RatingSystem.PI_AWAY, pi::awayHistory);
      histories.put(RatingSystem.DC_ATTACK, dixonColes::attackHistory);
      histories.put(RatingSystem.DC_DEFENCE, dixonColes::defenceHistory);
      return new Ratings(clubs, histories);
    }

    private static <T> T source(ForecastSetup setup, Class<T> type) {
      return setup.sources().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }
  }
}
