package com.matchcast.backtest;

import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Diagnostic file of the backtest ({@code --members-out}): every ensemble member's own forecast
 * of every match the walk-forward forecast, warm-up included, with the result where played. It
 * lets an analyst study combiners and calibrations offline without refitting the members.
 */
final class MemberForecastsCsv implements AutoCloseable {

  private static final String[] OUTCOMES = {"home", "draw", "away"};

  private final Writer out;
  private boolean headerWritten;

  MemberForecastsCsv(Writer out) {
    this.out = out;
  }

  void write(TimelineMatch match, List<String> members, double[][] memberRows) {
    try {
      if (!headerWritten) {
        out.write(header(members));
        headerWritten = true;
      }
      UpcomingMatch m = match.upcoming();
      StringBuilder line = new StringBuilder(String.join(",", m.division(), m.date().toString(),
          PredictionsCsv.quote(m.homeTeam()), PredictionsCsv.quote(m.awayTeam()),
          match.isPlayed() ? OUTCOMES[match.outcome().result()] : ""));
      for (double[] row : memberRows) {
        for (double p : row) {
          line.append(',').append(String.format(Locale.ROOT, "%.6f", p));
        }
      }
      out.write(line.append('\n').toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String header(List<String> members) {
    StringBuilder header = new StringBuilder("div,date,home_team,away_team,result");
    for (String member : members) {
      for (String outcome : OUTCOMES) {
        header.append(',').append(member).append("_p_").append(outcome);
      }
    }
    return header.append('\n').toString();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
