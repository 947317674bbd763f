package com.matchcast.serving;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * How far the read API (matches, their prices and statistics, head-to-head, standings, rating
 * histories) may look into the store. Live, and before serving starts, the store holds nothing
 * beyond now and all of it is shown. A replay plays a past season whose future the store already
 * holds; showing a result, a statistic or a closing price before the replay's clock reaches it
 * would spoil the replay and let a client see the future, so each is shown on {@link Visibility}'s
 * timetable, the one the predictions follow. A replay clock still waiting for its first model
 * stands at the replay's first moment and hides what lies beyond it, as the predictions do.
 */
@Component
public class ServingHorizon {

  private final PredictionService predictions;

  public ServingHorizon(PredictionService predictions) {
    this.predictions = predictions;
  }

  /**
   * What may be shown now. Take it once per answer: a replay's clock runs fast, and the parts of
   * one answer (a page and its count, a match and its prices) must agree.
   */
  public View view() {
    MatchClock clock = predictions.clock();
    return clock != null && clock.isReplay() ? new View(clock.now()) : View.EVERYTHING;
  }

  /** The store as known at {@code now}; everything when {@code now} is null. */
  public record View(Instant now) {

    public static final View EVERYTHING = new View(null);

    public boolean showsEverything() {
      return now == null;
    }

    /** Matches whose fixture is known. */
    public KickoffBound fixtures() {
      return now == null ? KickoffBound.NONE : new KickoffBound(Visibility.fixturesUntil(now));
    }

    /** Matches whose closing (or else pre-match) prices are known. */
    public KickoffBound prices(boolean closing) {
      return now == null ? KickoffBound.NONE : new KickoffBound(Visibility.pricesUntil(closing, now));
    }

    /** Matches that have kicked off. */
    public KickoffBound kickedOff() {
      return now == null ? KickoffBound.NONE : new KickoffBound(now);
    }

    /** Matches whose result (score, statistics, attendance) is known. */
    public KickoffBound results() {
      return now == null ? KickoffBound.NONE : new KickoffBound(Visibility.resultsUntil(now));
    }
  }
}
