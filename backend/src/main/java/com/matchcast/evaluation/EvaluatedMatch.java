package com.matchcast.evaluation;

import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A played match with the model's forecast and the market references to compare it with.
 *
 * @param result         0 home win, 1 draw, 2 away win
 * @param model          the model's home / draw / away probabilities
 * @param modelPOver25   the model's probability of three or more goals, NaN when it gives none
 * @param modelPBothTeamsScore the model's probability that both teams score, NaN when it gives none
 */
public record EvaluatedMatch(String division, String season, LocalDate date, int result, int totalGoals,
    boolean bothTeamsScored, double[] model, double modelPOver25, double modelPBothTeamsScore,
    List<MarketReference> references) {

  public EvaluatedMatch {
    if (model.length != 3) {
      throw new IllegalArgumentException("a 1X2 forecast has three probabilities: " + Arrays.toString(model));
    }
    model = model.clone();
    references = List.copyOf(references);
  }

  /** A played timeline match, its references built from its pre-match and closing prices. */
  public static EvaluatedMatch of(TimelineMatch match, double[] model, double modelPOver25,
      double modelPBothTeamsScore) {
    if (!match.isPlayed()) {
      throw new IllegalArgumentException("only a played match can be evaluated");
    }
    UpcomingMatch upcoming = match.upcoming();
    return new EvaluatedMatch(upcoming.division(), upcoming.season(), upcoming.date(), match.outcome().result(),
        match.outcome().totalGoals(), match.outcome().bothTeamsScored(), model, modelPOver25, modelPBothTeamsScore,
        MarketReferences.of(upcoming.prices(), match.closing()));
  }

  @Override
  public double[] model() {
    return model.clone();
  }

  public Optional<MarketReference> reference(ReferenceSource source) {
    return references.stream().filter(r -> r.source() == source).findFirst();
  }
}
