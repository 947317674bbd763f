package com.matchcast.betting;

import com.matchcast.backtest.PredictionsCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The walk-forward's out-of-sample forecasts, read back from the backtest's predictions file, so
 * the strategies are measured on exactly the forecasts the engine's backtest scored, each made by
 * models trained on earlier matches only.
 */
public final class ForecastFile {

  private ForecastFile() {}

  /** The key of a match in the file: division, date and the two names exactly as the source wrote them. */
  public static String key(String division, LocalDate date, String homeTeam, String awayTeam) {
    return division + '|' + date + '|' + homeTeam + '|' + awayTeam;
  }

  public static Map<String, ModelProbabilities> read(Reader in) throws IOException {
    BufferedReader lines = new BufferedReader(in);
    String header = lines.readLine();
    if (header == null || !header.startsWith(PredictionsCsv.HEADER.substring(0, 40))) {
      throw new IllegalArgumentException("not a predictions file of the backtest command: " + header);
    }
    Map<String, ModelProbabilities> forecasts = new HashMap<>();
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = cells(line);
      forecasts.put(key(cells.get(0), LocalDate.parse(cells.get(1)), cells.get(2), cells.get(3)),
          new ModelProbabilities(number(cells.get(4)), number(cells.get(5)), number(cells.get(6)), number(cells.get(7))));
    }
    return forecasts;
  }

  private static double number(String cell) {
    return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
  }

  /** RFC 4180 cells of one line, as {@link PredictionsCsv} quotes them. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
