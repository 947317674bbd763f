package com.matchcast.model;

import java.util.HashMap;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import ml.dmlc.xgboost4j.java.XGBoostJNI;

/**
 * Gradient-boosted trees by XGBoost: softprob over the three outcomes, hist trees, seeded.
 * Parameters: eta, max_depth, min_child_weight, subsample, colsample_bytree, lambda, alpha,
 * rounds and early_stopping_rounds (used only when a validation set is given).
 */
public final class XGBoostLearner implements OutcomeLearner {

  public static final String KIND = "xgboost";
  private static final float MISSING = Float.NaN;

  private final int threads;

  public XGBoostLearner() {
    this(2);
  }

  public XGBoostLearner(int threads) {
    this.threads = threads;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public ModelParameters defaults() {
    return ModelParameters.of(Map.of("eta", 0.05, "max_depth", 4, "min_child_weight", 1, "subsample", 0.8,
        "colsample_bytree", 0.8, "lambda", 1.0, "alpha", 0.0, "rounds", 300, "early_stopping_rounds", 30));
  }

  @Override
  public OutcomeModel fit(TrainingSet training, ModelParameters parameters, long seed) {
    return fit(training, null, parameters, seed);
  }

  @Override
  public OutcomeModel fit(TrainingSet training, TrainingSet validation, ModelParameters parameters, long seed) {
    ModelParameters effective = defaults().with(parameters);
    DMatrix train = null;
    DMatrix valid = null;
    try {
      train = matrix(training);
      valid = validation == null ? null : matrix(validation);
      Map<String, DMatrix> watches = valid == null ? Map.of() : Map.of("validation", valid);
      Booster booster = XGBoost.train(train, boosterParameters(effective, seed), 0, watches, null, null);
      int kept = valid == null ? boost(booster, train, effective.integer("rounds"))
          : new XGBoostEarlyStopping(effective).boost(booster, train, valid);
      Provenance provenance = new Provenance(KIND, effective.with("rounds_kept", kept), seed, training.featureNames());
      return new XGBoostModel(booster, kept, provenance);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
    } finally {
      dispose(train);
      dispose(valid);
    }
  }

  private static int boost(Booster booster, DMatrix train, int rounds) throws XGBoostError {
    for (int round = 0; round < rounds; round++) {
      booster.update(train, round);
    }
    return rounds;
  }

  private Map<String, Object> boosterParameters(ModelParameters p, long seed) {
    Map<String, Object> params = new HashMap<>();
    params.put("objective", "multi:softprob");
    params.put("num_class", 3);
    params.put("tree_method", "hist");
    params.put("eval_metric", "mlogloss");
    params.put("seed", seed);
    params.put("nthread", threads);
    params.put("verbosity", 0);
    for (String name : new String[] {"eta", "min_child_weight", "subsample", "colsample_bytree", "lambda", "alpha"}) {
      params.put(name, p.number(name));
    }
    params.put("max_depth", p.integer("max_depth"));
    if (p.has("max_bin")) {
      params.put("max_bin", p.integer("max_bin"));
    }
    return params;
  }

  static DMatrix matrix(TrainingSet set) throws XGBoostError {
    DMatrix matrix = new DMatrix(set.rowMajorFloats(), set.size(), set.width(), MISSING);
    matrix.setLabel(set.outcomeLabels());
    float[] weights = set.weightsAsFloats();
    if (weights != null) {
      matrix.setWeight(weights);
    }
    float[] base = set.baseScoresRowMajor();
    if (base != null) {
      setBaseMargin(matrix, base);
    }
    return matrix;
  }

  /**
   * xgboost4j 3.4's DMatrix.setBaseMargin insists on one value per row, which rules out a
   * multiclass margin; the C API itself takes rows x classes, row by row.
   */
  static void setBaseMargin(DMatrix matrix, float[] rowsTimesClasses) throws XGBoostError {
    if (XGBoostJNI.XGDMatrixSetFloatInfo(matrix.getHandle(), "base_margin", rowsTimesClasses) != 0) {
      throw new XGBoostError(XGBoostJNI.XGBGetLastError());
    }
  }

  private static void dispose(DMatrix matrix) {
    if (matrix != null) {
      matrix.dispose();
    }
  }
}
