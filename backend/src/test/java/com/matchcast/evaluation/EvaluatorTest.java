package com.matchcast.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvaluatorTest {

  private static final double[][] FORECASTS = {{0.5, 0.3, 0.2}, {0.2, 0.3, 0.5}, {0.4, 0.35, 0.25}, {0.7, 0.2, 0.1}};

  /**
   * Twelve matches in two leagues and two seasons. The "Avg" market gives exactly the model's
   * forecast; "PSC" exists on every other match only and is uniform.
   */
  private static List<EvaluatedMatch> matches() {
    List<EvaluatedMatch> matches = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      double[] model = FORECASTS[i % FORECASTS.length];
      List<MarketReference> references = new ArrayList<>();
      references.add(new MarketReference(ReferenceSource.AVG, model, 0.55, Double.NaN));
      if (i % 2 == 0) {
        references.add(new MarketReference(ReferenceSource.PSC, new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, Double.NaN,
            Double.NaN));
      }
      matches.add(new EvaluatedMatch(i < 6 ? "E0" : "D1", i % 3 == 0 ? "2022-2023" : "2023-2024",
          LocalDate.of(2023, 1, 1).plusDays(i), i % 3, i % 5, i % 4 == 0, model, 0.55, 0.5, references));
    }
    return matches;
  }

  @Test
  void aMarketThatAgreesWithTheModelDiffersByNothing() {
    EvaluationReport report = new Evaluator(1000, 3).evaluate(matches());
    MarketComparison average = report.overall().markets().get(0);

    assertThat(average.reference()).isEqualTo("Avg");
    assertThat(average.model()).isEqualTo(average.market());
    assertThat(average.rankedProbabilityScoreDifference().mean()).isZero();
    assertThat(average.rankedProbabilityScoreDifference().contains(0)).isTrue();
    assertThat(average.logLossDifference().contains(0)).isTrue();
    assertThat(average.accuracyDifference()).isEqualTo(new PairedDifference(0, 0, 0));
  }

  @Test
  void eachReferenceIsComparedOnTheMatchesItPriced() {
    Segment overall = new Evaluator(200, 3).evaluate(matches()).overall();
    MarketComparison closing = overall.markets().get(1);

    assertThat(overall.model().matches()).isEqualTo(12);
    assertThat(closing.reference()).isEqualTo("PSC");
    assertThat(closing.model().matches()).isEqualTo(6);
    assertThat(closing.market().logLoss()).isCloseTo(Math.log(3), within(1e-12));
    assertThat(closing.rankedProbabilityScoreDifference().mean()).isCloseTo(
        closing.model().rankedProbabilityScore() - closing.market().rankedProbabilityScore(), within(1e-12));
  }

  @Test
  void accuracyIsComparedPickByPickWithAnInterval() {
    // Six matches, all won by the home side. The model picks home in four, the market in two; the
    // market's picks are also the model's, so the model is right in every match the market is.
    double[] home = {0.5, 0.3, 0.2};
    double[] away = {0.2, 0.3, 0.5};
    List<EvaluatedMatch> matches = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      double[] model = i < 4 ? home : away;
      double[] market = i < 2 ? home : away;
      matches.add(new EvaluatedMatch("E0", "2023-2024", LocalDate.of(2023, 8, 1).plusDays(i), 0, 1, false, model,
          Double.NaN, Double.NaN, List.of(new MarketReference(ReferenceSource.AVG, market, Double.NaN, Double.NaN))));
    }

    MarketComparison average = new Evaluator(500, 3).evaluate(matches).overall().markets().get(0);

    assertThat(average.model().accuracy()).isCloseTo(4 / 6.0, within(1e-12));
    assertThat(average.market().accuracy()).isCloseTo(2 / 6.0, within(1e-12));
    assertThat(average.accuracyDifference().mean()).isCloseTo(2 / 6.0, within(1e-12));
    // Per match the difference is 0 or +1, so a resample can show no gain but never a loss.
    assertThat(average.accuracyDifference().lower()).isBetween(0.0, 2 / 6.0);
    assertThat(average.accuracyDifference().upper()).isBetween(2 / 6.0, 1.0);
    assertThat(average.model().expectedAccuracy()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void slicesByLeagueSeasonAndLeagueSeason() {
    EvaluationReport report = new Evaluator(200, 3).evaluate(matches());

    assertThat(report.leagues()).extracting(Segment::league).containsExactly("D1", "E0");
    assertThat(report.seasons()).extracting(Segment::season).containsExactly("2022-2023", "2023-2024");
    assertThat(report.leagueSeasons()).hasSize(4);
    assertThat(report.leagueSeasons().stream().mapToInt(s -> s.model().matches()).sum()).isEqualTo(12);
  }

  @Test
  void scoresGoalsMarketsWherePricesExistAndSkipsAbsentBothTeamsToScore() {
    Segment overall = new Evaluator(200, 3).evaluate(matches()).overall();

    assertThat(overall.binaryMarkets()).extracting(BinaryMarketComparison::market).containsExactly("over_2_5");
    BinaryMarketComparison goals = overall.binaryMarkets().get(0);
    assertThat(goals.matches()).isEqualTo(12);
    assertThat(goals.logLossDifference().mean()).isZero();
  }

  @Test
  void theSameMatchesAndSeedGiveTheSameReport() {
    assertThat(new Evaluator(300, 9).evaluate(matches())).isEqualTo(new Evaluator(300, 9).evaluate(matches()));
  }

  @Test
  void theReportIsWrittenAsJsonAndRenderedAsText() {
    EvaluationReport report = new Evaluator(100, 3).evaluate(matches());

    JsonNode json = JsonMapper.builder().build().valueToTree(report);
    assertThat(json.get("overall").get("markets").get(0).get("reference").asString()).isEqualTo("Avg");
    assertThat(json.get("overall").get("model").get("reliability").get(0).get("bins")).isNotEmpty();

    String table = EvaluationTable.render(report);
    assertThat(table).contains("RPS", "logloss", "Avg", "PSC", "E0", "over_2_5", "diff pp [95% CI]");
    assertThat(table.lines().count()).isEqualTo(1 + 2 + 2 * 2 + 1);
  }
}
