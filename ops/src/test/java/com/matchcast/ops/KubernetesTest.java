package com.matchcast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ops/k8s built by `kubectl kustomize` (the base and the production overlay), then every object
 * read for what it must contain: probes on the actuator's real paths and the management port,
 * resources and a restricted securityContext on every container, selectors that match their pods'
 * labels, Service and Ingress ports that name real container ports, ports that agree with the
 * application's settings, and NetworkPolicies that let only the backend reach MySQL and Redis.
 */
class KubernetesTest {

  private static final Path K8S = Repository.OPS.resolve("k8s");

  static List<Map<String, Object>> build(String kustomization) {
    return Repository.documents(Tool.KUBECTL.succeed(K8S, "kustomize", kustomization).out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/production"})
  void everyObjectIsInTheNamespaceAndEveryKindIsThere(String kustomization) {
    List<Map<String, Object>> objects = build(kustomization);
    assertThat(objects).extracting(o -> o.get("kind") + "/" + Repository.at(o, "metadata", "name"))
        .containsExactlyInAnyOrder("Namespace/matchcast", "ConfigMap/matchcast-config",
            "PersistentVolumeClaim/matchcast-models", "Deployment/matchcast-backend", "Service/matchcast-backend",
            "Service/matchcast-backend-pods", "HorizontalPodAutoscaler/matchcast-backend",
            "PodDisruptionBudget/matchcast-backend", "Deployment/matchcast-web", "Service/matchcast-web",
            "Ingress/matchcast", "NetworkPolicy/mysql-from-backend-only", "NetworkPolicy/redis-from-backend-only",
            "NetworkPolicy/backend-egress", "Service/mysql", "StatefulSet/mysql", "Service/redis", "StatefulSet/redis");
    objects.stream().filter(o -> !"Namespace".equals(o.get("kind")))
        .forEach(o -> assertThat((String) Repository.at(o, "metadata", "namespace")).as(name(o)).isEqualTo("matchcast"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/production"})
  void everyWorkloadSelectsItsOwnPodsAndEveryContainerHasResourcesProbesAndASafeContext(String kustomization) {
    for (Map<String, Object> workload : workloads(build(kustomization))) {
      Map<String, Object> selector = Repository.at(workload, "spec", "selector", "matchLabels");
      Map<String, Object> labels = Repository.at(workload, "spec", "template", "metadata", "labels");
      assertThat(labels).as(name(workload) + " pod labels").containsAllEntriesOf(selector);
      for (Map<String, Object> container : containers(workload)) {
        String where = name(workload) + " container " + container.get("name");
        assertThat((Object) Repository.at(container, "resources", "requests", "cpu")).as(where).isNotNull();
        assertThat((Object) Repository.at(container, "resources", "requests", "memory")).as(where).isNotNull();
        assertThat((Object) Repository.at(container, "resources", "limits", "memory")).as(where).isNotNull();
        assertThat((Object) Repository.at(container, "livenessProbe")).as(where + " liveness").isNotNull();
        assertThat((Object) Repository.at(container, "readinessProbe")).as(where + " readiness").isNotNull();
        assertThat((Boolean) Repository.at(container, "securityContext", "allowPrivilegeEscalation")).as(where).isFalse();
        assertThat(Repository.<List<String>>at(container, "securityContext", "capabilities", "drop")).as(where)
            .containsExactly("ALL");
        assertThat((String) container.get("image")).as(where).contains(":");
        if (!"base".equals(kustomization)) {
          assertThat((String) container.get("image")).as(where + " pinned in production").doesNotEndWith(":latest");
        }
      }
      assertThat((String) Repository.at(workload, "spec", "template", "spec", "securityContext", "seccompProfile", "type"))
          .as(name(workload)).isEqualTo("RuntimeDefault");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/production"})
  void theBackendProbesTheActuatorOnTheManagementPortAndRunsAsTheImagesUser(String kustomization) {
    List<Map<String, Object>> objects = build(kustomization);
    Map<String, Object> backend = object(objects, "Deployment", "matchcast-backend");
    Map<String, Object> config = Repository.at(object(objects, "ConfigMap", "matchcast-config"), "data");
    Map<String, Object> container = containers(backend).get(0);

    assertThat(config).containsEntry("MATCHCAST_PORT", Repository.applicationDefault("MATCHCAST_PORT"))
        .containsEntry("MATCHCAST_MANAGEMENT_PORT", "8081").containsEntry("SPRING_PROFILES_ACTIVE", "prod");
    assertThat(ports(container)).containsEntry("http", Integer.parseInt((String) config.get("MATCHCAST_PORT")))
        .containsEntry("management", Integer.parseInt((String) config.get("MATCHCAST_MANAGEMENT_PORT")));
    assertThat(probe(container, "startupProbe")).isEqualTo("/actuator/health/liveness@management");
    assertThat(probe(container, "livenessProbe")).isEqualTo("/actuator/health/liveness@management");
    assertThat(probe(container, "readinessProbe")).isEqualTo("/actuator/health/readiness@management");
    assertThat((Integer) Repository.at(container, "startupProbe", "failureThreshold")
        * (Integer) Repository.at(container, "startupProbe", "periodSeconds")).as("seconds allowed to start")
        .isGreaterThanOrEqualTo(300);

    Map<String, Object> pod = Repository.at(backend, "spec", "template", "spec");
    assertThat((Boolean) Repository.at(pod, "securityContext", "runAsNonRoot")).isTrue();
    String dockerfile = Repository.read(Repository.OPS.resolve("docker/Dockerfile.backend"));
    assertThat(dockerfile).contains("USER " + Repository.at(pod, "securityContext", "runAsUser") + ":"
        + Repository.at(pod, "securityContext", "runAsGroup"));
    assertThat((Boolean) Repository.at(container, "securityContext", "readOnlyRootFilesystem")).isTrue();
    assertThat(Repository.<List<Map<String, Object>>>at(container, "volumeMounts")).extracting(m -> m.get("mountPath"))
        .contains("/var/lib/matchcast/models", "/var/lib/matchcast/tmp");
    assertThat(Repository.<List<Map<String, Object>>>at(pod, "volumes"))
        .anySatisfy(v -> assertThat((String) Repository.at(v, "persistentVolumeClaim", "claimName")).isEqualTo("matchcast-models"));
    assertThat(Repository.<List<Map<String, Object>>>at(object(objects, "PersistentVolumeClaim", "matchcast-models"),
        "spec", "accessModes")).isEqualTo(List.of("ReadWriteMany"));
    assertThat((Object) Repository.at(pod, "affinity", "podAntiAffinity")).isNotNull();

    // every Secret key the workloads read is in the template, with no real value in it
    Map<String, Object> template = Repository.at(Repository.yaml(Repository.read(K8S.resolve("base/secret.example.yaml"))),
        "stringData");
    for (Map<String, Object> workload : workloads(objects)) {
      for (Map<String, Object> c : containers(workload)) {
        List<Map<String, Object>> env = c.get("env") == null ? List.of() : Repository.at(c, "env");
        env.stream().map(e -> Repository.<Map<String, Object>>at(e, "valueFrom", "secretKeyRef")).filter(r -> r != null)
            .forEach(ref -> assertThat(template).as(name(workload)).containsKey((String) ref.get("key")));
      }
    }
    assertThat(template.values()).allSatisfy(v -> assertThat(v).isIn("REPLACE-ME", ""));
  }

  @Test
  void productionRunsThreeBackendsNeverTwoOnOneNode() {
    List<Map<String, Object>> objects = build("overlays/production");
    Map<String, Object> backend = object(objects, "Deployment", "matchcast-backend");
    assertThat((Integer) Repository.at(backend, "spec", "replicas")).isEqualTo(3);
    Map<String, Object> antiAffinity = Repository.at(backend, "spec", "template", "spec", "affinity", "podAntiAffinity");
    assertThat(antiAffinity).containsOnlyKeys("requiredDuringSchedulingIgnoredDuringExecution");
    assertThat((Integer) Repository.at(object(objects, "HorizontalPodAutoscaler", "matchcast-backend"), "spec", "minReplicas"))
        .isEqualTo(3);
    assertThat((String) containers(backend).get(0).get("image")).isEqualTo("registry.example.com/matchcast/backend:0.1.0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/production"})
  void servicesPdbAndHpaPointAtRealPodsAndPorts(String kustomization) {
    List<Map<String, Object>> objects = build(kustomization);
    for (Map<String, Object> service : kind(objects, "Service")) {
      Map<String, Object> selector = Repository.at(service, "spec", "selector");
      List<Map<String, Object>> selected = workloads(objects).stream()
          .filter(w -> Repository.<Map<String, Object>>at(w, "spec", "template", "metadata", "labels").entrySet()
              .containsAll(selector.entrySet())).toList();
      assertThat(selected).as(name(service) + " selects a workload").hasSize(1);
      Map<String, Integer> named = ports(containers(selected.get(0)).get(0));
      for (Map<String, Object> port : Repository.<List<Map<String, Object>>>at(service, "spec", "ports")) {
        assertThat(named).as(name(service) + " targetPort").containsKey((String) port.get("targetPort"));
      }
    }
    Map<String, Object> pdb = object(objects, "PodDisruptionBudget", "matchcast-backend");
    assertThat(Repository.<Map<String, Object>>at(pdb, "spec", "selector", "matchLabels"))
        .isEqualTo(Repository.at(object(objects, "Deployment", "matchcast-backend"), "spec", "selector", "matchLabels"));
    assertThat((String) Repository.at(object(objects, "HorizontalPodAutoscaler", "matchcast-backend"), "spec",
        "scaleTargetRef", "name")).isEqualTo("matchcast-backend");
    assertThat((String) Repository.at(object(objects, "Service", "matchcast-backend-pods"), "spec", "clusterIP"))
        .isEqualTo("None");
    assertThat(Repository.read(Repository.OPS.resolve("monitoring/prometheus-kubernetes.yml")))
        .contains("names: [matchcast-backend-pods.matchcast.svc.cluster.local]").contains("port: 8081");
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/production"})
  void theIngressTerminatesTlsAndSendsTheApiAndItsWebSocketToTheBackends(String kustomization) {
    List<Map<String, Object>> objects = build(kustomization);
    Map<String, Object> ingress = object(objects, "Ingress", "matchcast");
    List<Map<String, Object>> tls = Repository.at(ingress, "spec", "tls");
    List<Map<String, Object>> rules = Repository.at(ingress, "spec", "rules");
    assertThat(tls).hasSize(1);
    assertThat(Repository.<List<String>>at(tls.get(0), "hosts")).containsExactly((String) rules.get(0).get("host"));
    assertThat(Repository.<Map<String, Object>>at(ingress, "metadata", "annotations"))
        .containsEntry("nginx.ingress.kubernetes.io/proxy-read-timeout", "3600")
        .containsEntry("nginx.ingress.kubernetes.io/proxy-send-timeout", "3600");
    Map<String, String> routes = new java.util.LinkedHashMap<>();
    for (Map<String, Object> path : Repository.<List<Map<String, Object>>>at(rules.get(0), "http", "paths")) {
      String service = Repository.at(path, "backend", "service", "name");
      String port = Repository.at(path, "backend", "service", "port", "name");
      routes.put((String) path.get("path"), service);
      assertThat(Repository.<List<Map<String, Object>>>at(object(objects, "Service", service), "spec", "ports"))
          .extracting(p -> p.get("name")).contains(port);
    }
    assertThat(routes).containsEntry("/graphql", "matchcast-backend").containsEntry("/", "matchcast-web");
  }

  @ParameterizedTest
  @ValueSource(strings = {"base", "overlays/production"})
  void onlyTheBackendReachesMysqlAndRedis(String kustomization) {
    List<Map<String, Object>> objects = build(kustomization);
    Map<String, Object> backendLabels = Repository.at(object(objects, "Deployment", "matchcast-backend"), "spec",
        "template", "metadata", "labels");
    for (String[] store : new String[][] {{"mysql-from-backend-only", "mysql", "3306"}, {"redis-from-backend-only", "redis", "6379"}}) {
      Map<String, Object> policy = object(objects, "NetworkPolicy", store[0]);
      assertThat(Repository.<Map<String, Object>>at(policy, "spec", "podSelector", "matchLabels"))
          .isEqualTo(Repository.at(object(objects, "StatefulSet", store[1]), "spec", "template", "metadata", "labels"));
      List<Map<String, Object>> ingress = Repository.at(policy, "spec", "ingress");
      assertThat(ingress).hasSize(1);
      List<Map<String, Object>> from = Repository.at(ingress.get(0), "from");
      assertThat(from).hasSize(1);
      assertThat(from.get(0)).containsOnlyKeys("podSelector");
      assertThat(backendLabels).containsAllEntriesOf(Repository.at(from.get(0), "podSelector", "matchLabels"));
      assertThat(Repository.<List<Map<String, Object>>>at(ingress.get(0), "ports"))
          .containsExactly(Map.of("protocol", "TCP", "port", Integer.parseInt(store[2])));
      assertThat(ports(containers(object(objects, "StatefulSet", store[1])).get(0)))
          .containsValue(Integer.parseInt(store[2]));
    }
    Map<String, Object> egress = object(objects, "NetworkPolicy", "backend-egress");
    assertThat(Repository.<List<String>>at(egress, "spec", "policyTypes")).containsExactly("Egress");
  }

  private static String probe(Map<String, Object> container, String kind) {
    return Repository.at(container, kind, "httpGet", "path") + "@" + Repository.at(container, kind, "httpGet", "port");
  }

  private static Map<String, Integer> ports(Map<String, Object> container) {
    Map<String, Integer> byName = new java.util.LinkedHashMap<>();
    for (Map<String, Object> port : Repository.<List<Map<String, Object>>>at(container, "ports")) {
      byName.put((String) port.get("name"), (Integer) port.get("containerPort"));
    }
    return byName;
  }

  private static List<Map<String, Object>> workloads(List<Map<String, Object>> objects) {
    return Stream.concat(kind(objects, "Deployment").stream(), kind(objects, "StatefulSet").stream()).toList();
  }

  private static List<Map<String, Object>> containers(Map<String, Object> workload) {
    return Repository.at(workload, "spec", "template", "spec", "containers");
  }

  private static List<Map<String, Object>> kind(List<Map<String, Object>> objects, String kind) {
    return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
  }

  private static Map<String, Object> object(List<Map<String, Object>> objects, String kind, String name) {
    List<Map<String, Object>> found = kind(objects, kind).stream()
        .filter(o -> name.equals(Repository.at(o, "metadata", "name"))).toList();
    assertThat(found).as(kind + "/" + name).hasSize(1);
    return found.get(0);
  }

  private static String name(Map<String, Object> object) {
    return object.get("kind") + "/" + Repository.at(object, "metadata", "name");
  }
}
