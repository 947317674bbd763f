package com.matchcast.prediction;

import com.matchcast.events.MatchcastEvent;

/** A prediction was recorded in the ledger: pushed to predictionUpdated subscribers. */
public record PredictionMade(Prediction prediction) implements MatchcastEvent {

  @Override
  public String league() {
    return prediction.league();
  }
}
