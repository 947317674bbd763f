package com.matchcast.serving;

import java.time.Duration;
import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How {@code serve} serves predictions, under {@code matchcast.serving}. The leagues it tracks are
 * the ones the served model is trained on ({@code matchcast.training.leagues}).
 *
 * @param mode         LIVE, REPLAY or AUTO (live when the store holds upcoming fixtures, else replay)
 * @param replayFrom   the day a replay starts (default: the start of the last complete season stored)
 * @param replaySpeed  simulated seconds per real second; 7200 makes two hours pass each second, so a
 *                     price, a kick-off or a result arrives at least every minute in a season
 * @param tick         how often the service looks for new fixtures, prices and results
 * @param horizon      how far ahead fixtures are predicted ("upcoming")
 * @param priceMove    a de-margined 1X2 probability moving by this much gives a match a new prediction
 */
@ConfigurationProperties("matchcast.serving")
public record ServingProperties(ServingMode mode, LocalDate replayFrom, Double replaySpeed, Duration tick,
    Duration horizon, Double priceMove) {

  public ServingProperties {
    mode = mode == null ? ServingMode.AUTO : mode;
    replaySpeed = replaySpeed == null ? 7200.0 : replaySpeed;
    tick = tick == null ? Duration.ofSeconds(2) : tick;
    horizon = horizon == null ? Duration.ofDays(7) : horizon;
    priceMove = priceMove == null ? 0.01 : priceMove;
    if (replaySpeed <= 0) {
      throw new IllegalArgumentException("matchcast.serving.replay-speed must be positive, not " + replaySpeed);
    }
  }
}
