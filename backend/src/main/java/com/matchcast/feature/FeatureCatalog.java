package com.matchcast.feature;

import java.util.List;

/**
 * The feature catalog, rendered from the feature sources' own definitions: the documentation
 * cannot drift from the code because it is the code's.
 */
public final class FeatureCatalog {

  private FeatureCatalog() {}

  /** Every source's definitions, in the order of the feature matrix's columns. */
  public static List<FeatureDefinition> definitions(List<FeatureSource> sources) {
    return sources.stream().flatMap(source -> source.definitions().stream()).toList();
  }

  public static String markdown(List<FeatureSource> sources) {
    StringBuilder text = new StringBuilder("| # | feature | definition | source | from season |\n|---|---|---|---|---|\n");
    int n = 0;
    for (FeatureSource source : sources) {
      for (FeatureDefinition d : source.definitions()) {
        text.append("| ").append(++n).append(" | `").append(d.name()).append("` | ").append(escape(d.definition()))
            .append(" | ").append(escape(d.source())).append(" | ").append(escape(d.availableFrom())).append(" |\n");
      }
    }
    return text.toString();
  }

  public static String csv(List<FeatureSource> sources) {
    StringBuilder text = new StringBuilder("name,definition,source,available_from\n");
    for (FeatureSource source : sources) {
      for (FeatureDefinition d : source.definitions()) {
        text.append(d.name()).append(',').append(quote(d.definition())).append(',').append(quote(d.source()))
            .append(',').append(quote(d.availableFrom())).append('\n');
      }
    }
    return text.toString();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }

  private static String quote(String text) {
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
