package com.matchcast.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.cli.MatchcastMain;
import com.matchcast.forecast.ForecastSetup;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The backtest command end to end on a small mirror in the real file format: the file contract and the report. */
class BacktestCommandTest {

  @TempDir static Path work;
  static String output;
  static List<String> predictions;
  static JsonNode report;
  static List<String> members;

  @BeforeAll
  static void runTheBacktest() throws IOException {
    Path data = work.resolve("data");
    new SyntheticFootballData(7).write(data, 2013, 2019);
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new MatchcastMain());
    command.setOut(new PrintWriter(out));
    int exit = command.execute("backtest", "--data", data.toString(), "--leagues", "E0", "--from", "2018-07-01",
        "--to", "2020-06-30", "--out", work.resolve("predictions.csv").toString(), "--report",
        work.resolve("report.json").toString(), "--members-out", work.resolve("members.csv").toString(), "--refit", "P3M", "--warm-up", "P1Y", "--threads", "1");
    assertThat(exit).as(out.toString()).isZero();
    output = out.toString();
    predictions = Files.readAllLines(work.resolve("predictions.csv"));
    report = JsonMapper.builder().build().readTree(work.resolve("report.json").toFile());
    members = Files.readAllLines(work.resolve("members.csv"));
  }

  @Test
  void theMembersFileHoldsEveryMembersOwnForecastFromTheWarmUpOn() {
    assertThat(members.get(0)).isEqualTo("div,date,home_team,away_team,result,"
        + "logistic_p_home,logistic_p_draw,logistic_p_away,lightgbm_p_home,lightgbm_p_draw,lightgbm_p_away,"
        + "xgboost_p_home,xgboost_p_draw,xgboost_p_away");
    assertThat(members).hasSize(1 + 3 * 90); // the warm-up season and the two reported ones
    assertThat(members.get(1).split(",")[1]).isLessThan("2018-07-01");
    for (String line : members.subList(1, members.size())) {
      String[] f = line.split(",");
      assertThat(f[4]).isIn("home", "draw", "away");
      for (int member = 0; member < 3; member++) {
        double sum = 0;
        for (int k = 0; k < 3; k++) {
          sum += Double.parseDouble(f[5 + 3 * member + k]);
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
      }
    }
  }

  @Test
  void oneRowPerMatchInTheRangeUnderTheContractHeader() {
    assertThat(predictions.get(0)).isEqualTo(PredictionsCsv.HEADER)
        .startsWith("div,date,home_team,away_team,p_home,p_draw,p_away");
    assertThat(predictions).hasSize(1 + 2 * 90);
    assertThat(predictions.get(1)).startsWith("E0,2018-08-04,");
    assertThat(predictions.get(predictions.size() - 1).split(",")[1]).isLessThanOrEqualTo("2020-06-30");
  }

  @Test
  void outcomeProbabilitiesSumToOneAndTeamNamesAreTheSources() {
    Set<String> clubs = Set.of("Ashford", "Bexley", "Carlton", "Dunmore", "Elstead", "Fairview", "Glenwood",
        "Hartley", "Ivybridge", "Juniper");
    for (String line : predictions.subList(1, predictions.size())) {
      String[] f = line.split(",");
      assertThat(clubs).contains(f[2], f[3]);
      double sum = Double.parseDouble(f[4]) + Double.parseDouble(f[5]) + Double.parseDouble(f[6]);
      assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-6));
      assertThat(Double.parseDouble(f[7])).isBetween(0.0, 1.0);
      assertThat(f[11]).isEqualTo(ForecastSetup.VERSION);
    }
  }

  @Test
  void aRangeWithoutMatchesIsRefusedWithItsReason() {
    StringWriter err = new StringWriter();
    CommandLine command = MatchcastMain.commandLine();
    command.setErr(new PrintWriter(err));
    int exit = command.execute("backtest", "--data", work.resolve("data").toString(), "--leagues", "SP1",
        "--from", "2018-07-01", "--to", "2019-06-30", "--out", work.resolve("none.csv").toString());
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString()).contains("no match of [SP1] between 2018-07-01 and 2019-06-30")
        .doesNotContain("at com.matchcast");
  }

  @Test
  void theReportScoresTheModelAndTheMarketOnTheSameMatches() {
    JsonNode overall = report.path("evaluation").path("overall");
    assertThat(report.path("forecasts").asInt()).isEqualTo(180);
    assertThat(report.path("features").asInt()).isGreaterThanOrEqualTo(100);
    assertThat(report.path("durationSeconds").asDouble()).isPositive();
    assertThat(report.path("peakHeapMiB").asDouble()).isPositive();
    assertThat(overall.path("model").path("matches").asInt()).isEqualTo(180);
    assertThat(overall.path("model").path("rankedProbabilityScore").asDouble()).isBetween(0.1, 0.3);
    assertThat(overall.path("markets").toString()).contains("AvgC").contains("PSC");
    assertThat(output).contains("RPS").contains("forecasts written");
  }
}
