package com.matchcast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** README's Deploy section names every environment variable the backend and the deployment files read. */
class ReadmeDeployTest {

  private static final Pattern VARIABLE = Pattern.compile("\\bMATCHCAST_[A-Z0-9_]*[A-Z0-9]");

  @Test
  void theDeploySectionNamesEveryVariable() throws IOException {
    String readme = Repository.read(Repository.ROOT.resolve("README.md"));
    int start = readme.indexOf("\n## Deploy\n");
    assertThat(start).as("README has a Deploy section").isPositive();
    String deploy = readme.substring(start, readme.indexOf("\n## ", start + 1));

    Set<String> read = new TreeSet<>();
    read.addAll(variables(Repository.ROOT.resolve("backend/src/main")));
    read.addAll(variables(Repository.OPS.resolve("compose")));
    read.addAll(variables(Repository.OPS.resolve("docker")));
    read.addAll(variables(Repository.OPS.resolve("k8s")));
    assertThat(read).as("variables found").hasSizeGreaterThan(60)
        .contains("MATCHCAST_DB_URL", "MATCHCAST_HEALTH_METRICS_REFRESH", "MATCHCAST_API_UPSTREAM", "MATCHCAST_BACKEND_ENV_FILE");
    Set<String> named = variables(deploy);
    assertThat(read).allSatisfy(variable -> assertThat(named).as("named in README's Deploy section").contains(variable));
    for (String compose : new String[] {"MYSQL_PASSWORD", "MYSQL_ROOT_PASSWORD", "KEYCLOAK_ADMIN_PASSWORD",
        "GRAFANA_ADMIN_PASSWORD", "SPRING_PROFILES_ACTIVE", "JAVA_TOOL_OPTIONS"}) {
      assertThat(deploy).contains("`" + compose + "`");
    }
  }

  private static Set<String> variables(Path dir) throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        found.addAll(variables(Repository.read(file)));
      }
    }
    return found;
  }

  private static Set<String> variables(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = VARIABLE.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
