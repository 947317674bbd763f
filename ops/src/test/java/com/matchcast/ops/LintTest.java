package com.matchcast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** yamllint (settings: .yamllint.yml) over every YAML file of the deployment and the CI workflow. */
class LintTest {

  @Test
  void theDeploymentAndWorkflowYamlPassesYamllint() {
    Tool.Result result = Tool.YAMLLINT.run(Repository.ROOT, "-f", "parsable", "-c", ".yamllint.yml",
        "ops/compose", "ops/k8s", "ops/monitoring", ".github/workflows");
    assertThat(result.both()).as("yamllint findings").isEmpty();
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void yamllintFindsAFaultWhereThereIsOne() throws IOException {
    Path bad = Files.createTempFile("lint", ".yaml");
    Files.writeString(bad, "key: 1\nkey: 2\n");
    Tool.Result result = Tool.YAMLLINT.run(Repository.ROOT, "-f", "parsable", "-c", ".yamllint.yml", bad.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("duplication of key \"key\"");
  }
}
