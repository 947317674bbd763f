package com.matchcast.backtest;

import com.matchcast.timeline.UpcomingMatch;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes the backtest's predictions file, the contract other tools rely on: ISO dates, team
 * names exactly as in the source file, outcome probabilities summing to 1 within 1e-6.
 */
public final class PredictionsCsv {

  public static final String HEADER = "div,date,home_team,away_team,p_home,p_draw,p_away,"
      + "p_over_2_5,p_btts,exp_home_goals,exp_away_goals,model_version";

  private PredictionsCsv() {}

  public static void write(List<MatchForecast> forecasts, Writer out) throws IOException {
    out.write(HEADER);
    out.write('\n');
    for (MatchForecast f : forecasts) {
      UpcomingMatch m = f.match().upcoming();
      out.write(String.join(",", m.division(), m.date().toString(), quote(m.homeTeam()), quote(m.awayTeam()),
          probability(f.home()), probability(f.draw()), probability(f.away()), probability(f.overTwoAndAHalf()),
          probability(f.bothTeamsScore()), goals(f.expectedHomeGoals()), goals(f.expectedAwayGoals()),
          quote(f.modelVersion())));
      out.write('\n');
    }
  }

  /** Nine decimals keep the three outcome probabilities' sum within 2e-9 of 1. */
  private static String probability(double p) {
    return Double.isNaN(p) ? "" : String.format(Locale.ROOT, "%.9f", p);
  }

  private static String goals(double g) {
    return Double.isNaN(g) ? "" : String.format(Locale.ROOT, "%.4f", g);
  }

  /** RFC 4180 quoting, for the rare name with a comma or quote in it. */
  static String quote(String text) {
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
