package com.matchcast.model.registry;

import com.matchcast.events.MatchcastEvent;

/**
 * A model version became the one that serves forecasts (a training run's verdict or an admin's
 * promoteModel). Not to be confused with the GraphQL payload of that mutation, AdminController.ModelPromoted.
 */
public record ModelVersionPromoted(ModelVersion version) implements MatchcastEvent {

  @Override
  public String league() {
    return null;
  }
}
