package com.matchcast.model;

/**
 * One walk-forward split of a time-ordered {@link TrainingSet}: the model is fitted on
 * {@code train} and scored on {@code validation}, every row of which comes later in time.
 */
public record Fold(int[] train, int[] validation) {

  public Fold {
    if (train.length == 0 || validation.length == 0) {
      throw new IllegalArgumentException("a fold needs training and validation rows");
    }
    int lastTrain = Integer.MIN_VALUE;
    for (int row : train) {
      lastTrain = Math.max(lastTrain, row);
    }
    for (int row : validation) {
      if (row <= lastTrain) {
        throw new IllegalArgumentException("validation row " + row + " is not later than training row " + lastTrain);
      }
    }
  }
}
