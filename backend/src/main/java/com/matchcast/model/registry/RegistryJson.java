package com.matchcast.model.registry;

import com.matchcast.model.ModelParameters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON text of the registry's parameters, features and metrics columns; keys sorted for stable text. */
final class RegistryJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<TreeMap<String, Double>> NUMBERS = new TypeReference<>() {};
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

  private RegistryJson() {}

  static String numbers(Map<String, Double> values) {
    return JSON.writeValueAsString(new TreeMap<>(values));
  }

  static String names(List<String> names) {
    return JSON.writeValueAsString(names);
  }

  static TreeMap<String, Double> numbers(String json) {
    return JSON.readValue(json, NUMBERS);
  }

  static ModelParameters parameters(String json) {
    return new ModelParameters(numbers(json));
  }

  static List<String> names(String json) {
    return List.copyOf(JSON.readValue(json, NAMES));
  }
}
