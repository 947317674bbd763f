package com.matchcast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every object of the built base and overlay against the Kubernetes API schema of its kind
 * (ops/k8s-schema/validate.mjs: kubernetes-models, installed by this module's `npm ci`): types,
 * required fields and enums. Unknown fields are not reported by that validator; the manifest
 * checks of KubernetesTest cover what the deployment relies on.
 */
class KubernetesSchemaTest {

  private static final Tool NODE = new Tool("node", "nodejs");
  private static final Path SCHEMA = Repository.OPS.resolve("k8s-schema");

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/production"})
  void everyObjectMatchesItsKubernetesSchema(String kustomization) throws IOException {
    String built = Tool.KUBECTL.succeed(Repository.OPS.resolve("k8s"), "kustomize", kustomization).out();
    Tool.Result result = validate(built);
    assertThat(result.out()).endsWith("18 of 18 objects valid\n");
    assertThat(result.exitCode()).isZero();
  }

  @Test
  void aWronglyTypedFieldAndAnUnknownKindAreRefused() throws IOException {
    Tool.Result result = validate("""
        apiVersion: v1
        kind: Service
        metadata: {name: broken}
        spec:
          ports: [{port: eighty}]
        ---
        apiVersion: example.com/v1
        kind: Widget
        metadata: {name: w}
        """);
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("INVALID v1 Service/broken: data/spec/ports/0/port must be integer")
        .contains("INVALID example.com/v1 Widget/w").endsWith("0 of 2 objects valid\n");
  }

  private static Tool.Result validate(String yaml) throws IOException {
    Path input = Files.createTempFile("k8s", ".yaml");
    Files.writeString(input, yaml);
    return NODE.run(SCHEMA, "validate.mjs", input.toString());
  }
}
