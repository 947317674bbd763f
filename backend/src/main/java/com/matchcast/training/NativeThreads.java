package com.matchcast.training;

import com.matchcast.model.LightGbmLearner;
import org.springframework.stereotype.Component;

/**
 * Gives LightGBM the training setting's thread count for the whole process, serving predictions
 * included: LightGBM keeps one count per process, and calls with different counts at once
 * corrupt its memory.
 */
@Component
public class NativeThreads {

  public NativeThreads(TrainingProperties training) {
    LightGbmLearner.useThreads(training.threads());
  }
}
