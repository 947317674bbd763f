package com.matchcast.serving;

import com.matchcast.events.MatchcastEvent;
import com.matchcast.prediction.Prediction;

/**
 * The ledger has just scored a finished match: {@code prediction} is the one scored (its last
 * before kick-off). Pushed to predictionScored subscribers, so that a match page shows the result
 * and the score without waiting or reloading.
 */
public record PredictionScored(Prediction prediction) implements MatchcastEvent {

  @Override
  public String league() {
    return prediction.league();
  }
}
