package com.matchcast.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One answer of /actuator/prometheus (text format 0.0.4), read into its series. */
final class PrometheusScrape {

  private static final Pattern SERIES = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  record Series(String name, Map<String, String> labels, double value) {}

  private final List<Series> series = new ArrayList<>();

  PrometheusScrape(String text) {
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = SERIES.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException("not a Prometheus series: " + line);
      }
      Map<String, String> labels = new TreeMap<>();
      if (m.group(2) != null) {
        Matcher label = LABEL.matcher(m.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      series.add(new Series(m.group(1), labels, Double.parseDouble(m.group(3))));
    }
  }

  /** The distinct series names starting with the prefix, sorted. */
  TreeSet<String> names(String prefix) {
    return series.stream().map(Series::name).filter(n -> n.startsWith(prefix))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Every series of that name whose labels include the given ones. */
  List<Series> all(String name, Map<String, String> labels) {
    return series.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
        .toList();
  }

  /** The value of the one series of that name with those labels (and maybe others); fails unless exactly one. */
  double value(String name, Map<String, String> labels) {
    List<Series> found = all(name, labels);
    if (found.size() != 1) {
      throw new AssertionError("expected one series " + name + labels + ", found " + found);
    }
    return found.get(0).value();
  }

  double value(String name) {
    return value(name, Map.of());
  }
}
