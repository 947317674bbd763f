package com.matchcast.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The seeded alias table {@code catalog/teams.csv}: one canonical club (football-data's latest
 * spelling) per real club and country, with every spelling football-data used for it and the
 * names API-Football, The Odds API and openfootball give it. Read strictly, because a silently
 * skipped line would turn into a duplicate club at start-up.
 */
public final class TeamSeed {

  static final String RESOURCE = "/catalog/teams.csv";
  static final String HEADER = "country,team,source,alias";

  /** One alias of a club; {@code source} is football-data, api-football, odds-api or openfootball. */
  public record Row(String country, String team, String source, String alias) {}

  private final List<Row> rows;

  private TeamSeed(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  public static TeamSeed load() {
    try (InputStream in = TeamSeed.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing team seed " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Row> rows() {
    return rows;
  }

  /** Plain comma split: no field contains a comma or quote, and the parser rejects any line that would. */
  static TeamSeed parse(BufferedReader reader) throws IOException {
    String header = reader.readLine();
    if (header == null || !HEADER.equals(header.replace("\uFEFF", ""))) {
      throw new IllegalStateException("team seed header must be '" + HEADER + "' but was '" + header + "'");
    }
    List<Row> rows = new ArrayList<>();
    int lineNo = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 4) {
        throw new IllegalStateException("team seed line " + lineNo + " has " + f.length + " fields: " + line);
      }
      for (String field : f) {
        if (field.isBlank() || !field.equals(field.strip()) || field.contains("\"")) {
          throw new IllegalStateException("team seed line " + lineNo + " has a blank, padded or quoted field: " + line);
        }
      }
      rows.add(new Row(f[0], f[1], f[2], f[3]));
    }
    return new TeamSeed(rows);
  }
}
