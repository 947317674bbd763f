package com.matchcast.ingest.integrity;

import com.matchcast.support.RealFootballData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A copy of a real football-data file, damaged line by line, written into a mirror directory. */
final class DamagedFile {

  private final String division;
  private final String season;
  private final List<String> lines;
  private final List<String> header;

  private DamagedFile(String division, String season) {
    this.division = division;
    this.season = season;
    this.lines = new ArrayList<>(List.of(new String(RealFootballData.bytes(division, season),
        StandardCharsets.ISO_8859_1).split("\r?\n")));
    this.header = List.of(lines.get(0).split(",", -1));
  }

  static DamagedFile of(String division, String season) {
    return new DamagedFile(division, season);
  }

  int column(String name) {
    int at = header.indexOf(name);
    if (at < 0) {
      throw new IllegalArgumentException(division + " " + season + " has no column " + name);
    }
    return at;
  }

  /** The cell of a line (1 is the header, as in the file's line numbers). */
  String cell(int line, String column) {
    return cells(line).get(column(column));
  }

  DamagedFile set(int line, String column, String value) {
    List<String> cells = cells(line);
    cells.set(column(column), value);
    return line(line, String.join(",", cells));
  }

  DamagedFile removeField(int line, String column) {
    List<String> cells = cells(line);
    cells.remove(column(column));
    return line(line, String.join(",", cells));
  }

  /** Keeps the first {@code fields} fields of a line: a download cut short, or a row missing its tail. */
  DamagedFile keepFields(int line, int fields) {
    return line(line, String.join(",", cells(line).subList(0, fields)));
  }

  /** Renames a club in every row. */
  DamagedFile renameClub(String from, String to) {
    for (int i = 1; i < lines.size(); i++) {
      List<String> cells = cells(i + 1);
      for (String side : List.of("HomeTeam", "AwayTeam")) {
        if (cells.get(column(side)).equals(from)) {
          cells.set(column(side), to);
        }
      }
      lines.set(i, String.join(",", cells));
    }
    return this;
  }

  int lastLine() {
    return lines.size();
  }

  /** Writes the file as {@code <mirror>/<DIV>/<season>.csv}. */
  void writeTo(Path mirror) {
    try {
      Path dir = Files.createDirectories(mirror.resolve(division));
      Files.write(dir.resolve(season + ".csv"), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.ISO_8859_1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> cells(int line) {
    return new ArrayList<>(List.of(lines.get(line - 1).split(",", -1)));
  }

  private DamagedFile line(int line, String text) {
    lines.set(line - 1, text);
    return this;
  }
}
