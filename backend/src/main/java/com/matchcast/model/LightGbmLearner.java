package com.matchcast.model;

import io.github.metarank.lightgbm4j.LGBMBooster;
import io.github.metarank.lightgbm4j.LGBMDataset;
import io.github.metarank.lightgbm4j.LGBMException;
import java.util.Map;

/**
 * Gradient-boosted trees by LightGBM: multiclass over the three outcomes, deterministic for a
 * seed. Parameters: learning_rate, num_leaves, max_depth, min_data_in_leaf, bagging_fraction,
 * bagging_freq, feature_fraction, lambda_l1, lambda_l2, max_bin, rounds and
 * early_stopping_rounds (used only when a validation set is given).
 */
public final class LightGbmLearner implements OutcomeLearner {

  public static final String KIND = "lightgbm";

  /**
   * Sets the native thread count of every LightGBM call in this process, training and
   * prediction alike (LightGBM keeps one count per process; see {@link LightGbmNative#threads()}).
   * Commands call it once at start; it is 1 until then.
   */
  public static void useThreads(int threads) {
    LightGbmNative.useThreads(threads);
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public ModelParameters defaults() {
    return ModelParameters.of(Map.ofEntries(Map.entry("learning_rate", 0.05), Map.entry("num_leaves", 15),
        Map.entry("max_depth", -1), Map.entry("min_data_in_leaf", 20), Map.entry("bagging_fraction", 0.8),
        Map.entry("bagging_freq", 1), Map.entry("feature_fraction", 0.8), Map.entry("lambda_l1", 0.0),
        Map.entry("lambda_l2", 1.0), Map.entry("max_bin", 255), Map.entry("rounds", 300),
        Map.entry("early_stopping_rounds", 30)));
  }

  @Override
  public OutcomeModel fit(TrainingSet training, ModelParameters parameters, long seed) {
    return fit(training, null, parameters, seed);
  }

  @Override
  public OutcomeModel fit(TrainingSet training, TrainingSet validation, ModelParameters parameters, long seed) {
    ModelParameters effective = defaults().with(parameters);
    String config = configuration(effective, seed);
    LightGbmNative.load();
    try (LGBMDataset train = dataset(training, config, null);
         LGBMDataset valid = validation == null ? null : dataset(validation, config, train);
         LGBMBooster booster = LGBMBooster.create(train, config)) {
      int kept = valid == null ? boost(booster, effective.integer("rounds"))
          : earlyStopping(booster, valid, effective);
      String text = booster.saveModelToString(0, kept, LGBMBooster.FeatureImportanceType.GAIN);
      Provenance provenance = new Provenance(KIND, effective.with("rounds_kept", kept), seed, training.featureNames());
      return new LightGbmModel(text, provenance);
    } catch (LGBMException e) {
      throw new IllegalStateException("LightGBM training failed: " + e.getMessage(), e);
    }
  }

  private static int boost(LGBMBooster booster, int rounds) throws LGBMException {
    int done = 0;
    while (done < rounds && !booster.updateOneIter()) {
      done++;
    }
    return Math.max(done, 1);
  }

  /** Stops once validation log loss has not improved for early_stopping_rounds rounds. */
  private static int earlyStopping(LGBMBooster booster, LGBMDataset valid, ModelParameters p) throws LGBMException {
    booster.addValidData(valid);
    int rounds = p.integer("rounds");
    int patience = Math.max(1, p.integer("early_stopping_rounds"));
    double best = Double.POSITIVE_INFINITY;
    int bestRounds = 0;
    for (int round = 0; round < rounds && round - bestRounds < patience; round++) {
      if (booster.updateOneIter()) {
        break;
      }
      double loss = booster.getEval(1)[0];
      if (loss < best) {
        best = loss;
        bestRounds = round + 1;
      }
    }
    return Math.max(bestRounds, 1);
  }

  private String configuration(ModelParameters p, long seed) {
    StringBuilder config = new StringBuilder("objective=multiclass num_class=3 metric=multi_logloss verbosity=-1")
        .append(" deterministic=true force_row_wise=true num_threads=").append(LightGbmNative.threads())
        .append(" seed=").append(seed).append(" bagging_seed=").append(seed)
        .append(" feature_fraction_seed=").append(seed).append(" data_random_seed=").append(seed);
    for (String name : new String[] {"num_leaves", "max_depth", "min_data_in_leaf", "bagging_freq", "max_bin"}) {
      config.append(' ').append(name).append('=').append(p.integer(name));
    }
    for (String name : new String[] {"learning_rate", "bagging_fraction", "feature_fraction", "lambda_l1",
        "lambda_l2"}) {
      config.append(' ').append(name).append('=').append(p.number(name));
    }
    return config.toString();
  }

  /** NaN reaches LightGBM as missing: use_missing is on and zero_as_missing off by default. */
  private static LGBMDataset dataset(TrainingSet set, String config, LGBMDataset reference) throws LGBMException {
    LGBMDataset dataset = LGBMDataset.createFromMat(set.rowMajorFloats(), set.size(), set.width(), true, config,
        reference);
    dataset.setField("label", set.outcomeLabels());
    float[] weights = set.weightsAsFloats();
    if (weights != null) {
      dataset.setField("weight", weights);
    }
    double[] base = set.baseScoresClassMajor();
    if (base != null) {
      dataset.setField("init_score", base);
    }
    return dataset;
  }
}
