package com.matchcast.forecast;

import com.matchcast.model.AnchoredModel;
import com.matchcast.model.Anchor;
import com.matchcast.model.FeatureView;
import com.matchcast.model.FeatureViewModel;
import com.matchcast.model.ModelParameters;
import com.matchcast.model.OutcomeLearner;
import com.matchcast.model.OutcomeModel;
import com.matchcast.model.TrainingSet;
import java.util.List;

/**
 * An ensemble member made of a learner, its parameters and the feature columns it reads. A
 * member may read a subset: a linear model does best on a compact set of strong signals.
 */
public final class LearnerMember implements EnsembleMember {

  private final String name;
  private final OutcomeLearner learner;
  private final ModelParameters parameters;
  private final FeatureView view;
  private final Anchor anchor;

  private final List<String> allNames;

  public LearnerMember(String name, OutcomeLearner learner, ModelParameters parameters, FeatureView view,
      List<String> allNames) {
    this(name, learner, parameters, view, null, allNames);
  }

  /** @param anchor where the learner starts from (its trees correct it), or null to start from scratch */
  public LearnerMember(String name, OutcomeLearner learner, ModelParameters parameters, FeatureView view,
      Anchor anchor, List<String> allNames) {
    this.name = name;
    this.learner = learner;
    this.parameters = parameters;
    this.view = view;
    this.anchor = anchor;
    this.allNames = List.copyOf(allNames);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Forecaster fit(double[][] features, int[] outcomes, double[] weights, long seed) {
    OutcomeModel model = model(features, outcomes, weights, seed);
    return new Forecaster() {
      @Override
      public double[][] predict(double[][] rows) {
        return model.predict(rows);
      }

      @Override
      public void close() {
        model.close();
      }
    };
  }

  /** The fitted member as a servable model that reads the full feature row. */
  public OutcomeModel model(double[][] features, int[] outcomes, double[] weights, long seed) {
    OutcomeModel fitted = learner.fit(trainingSet(features, outcomes, weights), parameters, seed);
    FeatureViewModel model = new FeatureViewModel(view, fitted, allNames);
    return anchor == null ? model : new AnchoredModel(anchor, model);
  }

  /** The member's training data from full feature rows: its view, and its anchor's base scores. */
  public TrainingSet trainingSet(double[][] features, int[] outcomes, double[] weights) {
    return new TrainingSet(view.apply(features), outcomes, weights, view.names(),
        anchor == null ? null : anchor.scores(features));
  }

  public List<String> featureNames() {
    return view.names();
  }

  public OutcomeLearner learner() {
    return learner;
  }

  public ModelParameters parameters() {
    return parameters;
  }

  /** The member's own view of full feature rows. */
  public double[][] view(double[][] rows) {
    return view.apply(rows);
  }

  public LearnerMember withParameters(ModelParameters tuned) {
    return new LearnerMember(name, learner, tuned, view, anchor, allNames);
  }
}
