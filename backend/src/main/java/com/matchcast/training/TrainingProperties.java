package com.matchcast.training;

import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The backend's own retraining, under {@code matchcast.training}.
 *
 * @param cron            when to retrain (Spring cron; "-" never); weekly by default, after the weekend's results
 * @param leagues         divisions that train the model
 * @param trainingWindow  how far back training matches reach
 * @param seed            seed of every randomised step
 * @param threads         native threads per learner; one leaves the other core to the API
 * @param promotion       ALWAYS, NEVER or WHEN_AS_GOOD_AS_MARKET (the default)
 * @param marketTolerance how far above the market's out-of-sample RPS a version may score and still be served
 */
@ConfigurationProperties("matchcast.training")
public record TrainingProperties(String cron, List<String> leagues, Period trainingWindow, Long seed,
    Integer threads, PromotionRule.Mode promotion, Double marketTolerance) {

  public TrainingProperties {
    cron = cron == null ? "0 30 5 * * MON" : cron;
    leagues = leagues == null || leagues.isEmpty() ? List.of("E0", "SP1", "D1", "I1", "F1") : List.copyOf(leagues);
    trainingWindow = trainingWindow == null ? Period.ofYears(12) : trainingWindow;
    seed = seed == null ? 20240601L : seed;
    threads = threads == null ? 1 : threads;
    promotion = promotion == null ? PromotionRule.Mode.WHEN_AS_GOOD_AS_MARKET : promotion;
    marketTolerance = marketTolerance == null ? 0.002 : marketTolerance;
  }

  public TrainingRequest request() {
    return new TrainingRequest(new LinkedHashSet<>(leagues), trainingWindow, Period.ZERO, seed, threads,
        new PromotionRule(promotion, marketTolerance));
  }
}
