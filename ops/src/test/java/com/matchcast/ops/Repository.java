package com.matchcast.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Paths of the repository as the ops module's tests see them (Maven runs them in ops/), and YAML reading. */
final class Repository {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path OPS = ROOT.resolve("ops");

  private Repository() {}

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(String text) {
    return (Map<String, Object>) new Yaml(new LoaderOptions()).load(text);
  }

  /** Every document of a multi-document stream (kubectl kustomize's output), empty ones left out. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> documents(String text) {
    List<Map<String, Object>> docs = new ArrayList<>();
    for (Object doc : new Yaml(new LoaderOptions()).loadAll(text)) {
      if (doc != null) {
        docs.add((Map<String, Object>) doc);
      }
    }
    return docs;
  }

  /** The value at a path of keys in nested maps, or null. */
  @SuppressWarnings("unchecked")
  static <T> T at(Object node, String... keys) {
    Object current = node;
    for (String key : keys) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return (T) current;
  }

  /** The default of a `${VARIABLE:default}` setting in backend/src/main/resources/application.yml. */
  static String applicationDefault(String variable) {
    Matcher m = Pattern.compile("\\$\\{" + Pattern.quote(variable) + ":([^}]*)}")
        .matcher(read(ROOT.resolve("backend/src/main/resources/application.yml")));
    if (!m.find()) {
      throw new AssertionError(variable + " is not a setting of application.yml");
    }
    return m.group(1);
  }
}
