package com.matchcast.model.registry;

import com.matchcast.api.Arguments;
import com.matchcast.api.NotFoundException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The model registry, read-only: the modelVersions, modelVersion and servedModel queries. */
@Controller
public class ModelVersionController {

  private static final int DEFAULT_VERSIONS = 20;

  private final ModelRegistry registry;

  public ModelVersionController(ModelRegistry registry) {
    this.registry = registry;
  }

  @QueryMapping
  public Flux<ModelVersion> modelVersions(@Argument Integer last) {
    return registry.latest(Arguments.pageSize("last", last, DEFAULT_VERSIONS));
  }

  @QueryMapping
  public Mono<ModelVersion> modelVersion(@Argument String id) {
    long versionId = Arguments.id(id, "model version");
    return registry.find(versionId).onErrorMap(NoSuchElementException.class,
        e -> new NotFoundException("No model version with id " + versionId + "."));
  }

  @QueryMapping
  public Mono<ModelVersion> servedModel() {
    return registry.promoted();
  }

  @SchemaMapping(typeName = "ModelVersion")
  public OffsetDateTime createdAt(ModelVersion version) {
    return version.createdAt().atOffset(ZoneOffset.UTC);
  }

  /** A string: seeds are 64-bit and GraphQL's Int is 32. */
  @SchemaMapping(typeName = "ModelVersion")
  public String seed(ModelVersion version) {
    return Long.toString(version.seed());
  }

  @SchemaMapping(typeName = "ModelVersion")
  public List<NamedValue> parameters(ModelVersion version) {
    return NamedValue.of(version.parameters().values());
  }

  @SchemaMapping(typeName = "ModelVersion")
  public List<NamedValue> metrics(ModelVersion version) {
    return NamedValue.of(version.metrics());
  }

  /** One named number of a version: a hyperparameter or a metric. */
  public record NamedValue(String name, double value) {
    static List<NamedValue> of(Map<String, Double> values) {
      return values.entrySet().stream().map(e -> new NamedValue(e.getKey(), e.getValue())).toList();
    }
  }
}
