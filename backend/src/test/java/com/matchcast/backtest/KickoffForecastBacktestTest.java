package com.matchcast.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.cli.MatchcastMain;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code backtest --prices closing}: the kick-off forecast sees (and its models train on) the
 * closing prices, while the market references it is scored against stay the stored ones.
 */
class KickoffForecastBacktestTest {

  @TempDir static Path work;
  static Path data;
  static JsonNode preMatch;
  static JsonNode closing;
  static List<String> preMatchRows;
  static List<String> closingRows;

  @BeforeAll
  static void runBothViews() throws IOException {
    data = work.resolve("data");
    new SyntheticFootballData(11).write(data, 2014, 2019);
    preMatch = run("pre-match");
    closing = run("closing");
    preMatchRows = Files.readAllLines(work.resolve("pre-match.csv"));
    closingRows = Files.readAllLines(work.resolve("closing.csv"));
  }

  @Test
  void theKickOffForecastDiffersFromThePreMatchOneOnTheSameMatches() {
    assertThat(closingRows).hasSameSizeAs(preMatchRows).hasSize(1 + 90);
    int differing = 0;
    for (int i = 1; i < preMatchRows.size(); i++) {
      String[] p = preMatchRows.get(i).split(",");
      String[] c = closingRows.get(i).split(",");
      assertThat(c[0] + c[1] + c[2] + c[3]).isEqualTo(p[0] + p[1] + p[2] + p[3]);
      if (!p[4].equals(c[4])) {
        differing++;
      }
    }
    assertThat(differing).isEqualTo(90);
  }

  @Test
  void bothAreScoredAgainstTheSameStoredMarketReferences() {
    JsonNode preMatchMarkets = preMatch.path("evaluation").path("overall").path("markets");
    JsonNode closingMarkets = closing.path("evaluation").path("overall").path("markets");
    assertThat(closingMarkets.findValuesAsString("reference")).containsExactly("Avg", "B365", "PS", "AvgC", "PSC");
    for (int i = 0; i < closingMarkets.size(); i++) {
      assertThat(closingMarkets.get(i).path("market")).isEqualTo(preMatchMarkets.get(i).path("market"));
    }
    assertThat(closing.path("evaluation").path("overall").path("model"))
        .isNotEqualTo(preMatch.path("evaluation").path("overall").path("model"));
  }

  @Test
  void anUnknownPriceViewIsRefusedByName() {
    StringWriter err = new StringWriter();
    CommandLine command = MatchcastMain.commandLine();
    command.setErr(new PrintWriter(err));
    int exit = command.execute("backtest", "--data", data.toString(), "--leagues", "E0", "--from", "2019-07-01",
        "--to", "2020-06-30", "--out", work.resolve("x.csv").toString(), "--prices", "opening");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("'opening' is not a price view; use pre-match or closing");
  }

  private static JsonNode run(String prices) throws IOException {
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new MatchcastMain());
    command.setOut(new PrintWriter(out));
    int exit = command.execute("backtest", "--data", data.toString(), "--leagues", "E0", "--from", "2019-07-01",
        "--to", "2020-06-30", "--out", work.resolve(prices + ".csv").toString(), "--report",
        work.resolve(prices + ".json").toString(), "--refit", "P6M", "--warm-up", "P1Y", "--tune-trials", "0",
        "--threads", "1", "--prices", prices);
    assertThat(exit).as(out.toString()).isZero();
    return JsonMapper.builder().build().readTree(work.resolve(prices + ".json").toFile());
  }
}
