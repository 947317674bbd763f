package com.matchcast.observability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The metric names queried by ops/monitoring's alert rules (rules/*.yml, their {@code expr}) and
 * Grafana dashboards (grafana/*.json, every {@code expr} of their targets). In an expression a
 * name is an identifier written before a label selector or a range ({@code name{...}},
 * {@code name[5m]}), or one with the prefix of an exported family (matchcast_, jvm_, process_, ...)
 * wherever it stands. Prometheus's own {@code up} is left out: the scraper makes it.
 */
final class OpsMetricNames {

  private static final Pattern SELECTED = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*[{\\[]");
  private static final Pattern PREFIXED =
      Pattern.compile("\\b((?:matchcast|jvm|process|system|http|executor|reactor|r2dbc|logback)_[a-zA-Z0-9_]+)");
  private static final Set<String> NOT_METRICS = Set.of("up");

  private OpsMetricNames() {}

  static Set<String> used(Path monitoring) throws IOException {
    Set<String> names = new TreeSet<>();
    for (String expr : expressions(monitoring)) {
      names.addAll(in(expr));
    }
    return names;
  }

  /** Every expression of the rule files (tests excluded) and of the dashboards. */
  static List<String> expressions(Path monitoring) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Stream.concat(Files.list(monitoring.resolve("rules")),
        Files.list(monitoring.resolve("grafana")))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".json"))
          .filter(f -> !f.getFileName().toString().endsWith(".test.yml")).sorted().toList()) {
        collect(new Yaml().load(Files.readString(file)), found);
      }
    }
    return found;
  }

  private static void collect(Object node, List<String> found) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        if ("expr".equals(key) && value instanceof String expr) {
          found.add(expr);
        } else {
          collect(value, found);
        }
      });
    } else if (node instanceof List<?> list) {
      list.forEach(item -> collect(item, found));
    }
  }

  static Set<String> in(String expr) {
    Set<String> names = new TreeSet<>();
    for (Pattern pattern : new Pattern[] {SELECTED, PREFIXED}) {
      Matcher m = pattern.matcher(expr);
      while (m.find()) {
        if (!NOT_METRICS.contains(m.group(1))) {
          names.add(m.group(1));
        }
      }
    }
    return names;
  }
}
