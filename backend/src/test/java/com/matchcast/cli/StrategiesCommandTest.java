package com.matchcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The strategies command on four real Premier League rows of 2023-24 and a predictions file with
 * one forecast: Burnley v Man City (0-3), model away win 0.80 against a best price of 1.40 (Max).
 */
class StrategiesCommandTest {

  @TempDir Path dir;

  @Test
  void betsTheOneForecastMatchAndReportsEveryFigure() throws Exception {
    Path league = Files.createDirectories(dir.resolve("data/E0"));
    Files.copy(Path.of("src/test/resources/footballdata/E0_2023-2024_modern.csv"), league.resolve("2023-2024.csv"));
    Path predictions = dir.resolve("predictions.csv");
    Files.writeString(predictions, "div,date,home_team,away_team,p_home,p_draw,p_away,p_over_2_5,p_btts,"
        + "exp_home_goals,exp_away_goals,model_version\n"
        + "E0,2023-08-11,Burnley,Man City,0.080000000,0.120000000,0.800000000,0.550000000,0.4,0.7,2.4,test\n");
    Path curve = dir.resolve("curve.csv");
    StringWriter out = new StringWriter();
    CommandLine command = new CommandLine(new StrategiesCommand());
    command.setOut(new PrintWriter(out));
    int exit = command.execute("--data", dir.resolve("data").toString(), "--predictions", predictions.toString(),
        "--leagues", "E0", "--from", "2023-08-01", "--to", "2024-06-30", "--thresholds", "0.05",
        "--curve", curve.toString());
    assertThat(exit).as(out.toString()).isZero();
    // away edge 0.80 x 1.40 - 1 = 0.12; home 0.08 x 8.4 and draw 0.12 x 5.78 fall short, and so do
    // over 0.55 x 1.90 (Max>2.5) and under 0.45 x 2.10 (Max<2.5). Won at 0-3.
    // CLV against the closing average 8 / 5.6 / 1.38 without its margin
    double closingAway = (1 / 1.38) / (1 / 8.0 + 1 / 5.6 + 1 / 1.38);
    String clv = String.format(Locale.ROOT, "%+.2f%%", (1.40 * closingAway - 1) * 100);
    assertThat(out.toString()).contains("with a forecast: 1");
    assertThat(out.toString()).contains("| value-5%-flat | 1 | 1.0 | +0.4 | +40.00% [+40.00%, +40.00%] | " + clv
        + " (1) | 0.0% | 100.4 |");
    // a quarter of Kelly's 0.12 / 0.40 = 0.30 of 100 units: 7.5 staked, 3.0 won
    assertThat(out.toString()).contains("| value-5%-kelly | 1 | 7.5 | +3.0 | +40.00% [+40.00%, +40.00%] | " + clv
        + " (1) | 0.0% | 103.0 |");
    // the market's favourite is the away win too
    assertThat(out.toString()).contains("| market-favourite-flat | 1 | 1.0 | +0.4 |");
    assertThat(Files.readAllLines(curve)).contains("value-5%-kelly,2023-08-10,100.0000", "value-5%-kelly,2023-08-11,103.0000");
  }
}
