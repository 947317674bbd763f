package com.matchcast.model.registry;

import com.matchcast.model.OutcomeModel;

/** A registered version with its model rebuilt from the artifact; the caller closes the model. */
public record LoadedModel(ModelVersion version, OutcomeModel model) implements AutoCloseable {

  @Override
  public void close() {
    model.close();
  }
}
