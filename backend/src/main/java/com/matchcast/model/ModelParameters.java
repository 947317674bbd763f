package com.matchcast.model;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Hyperparameters of a learner, by name (e.g. {@code eta}, {@code max_depth}, {@code rounds}).
 * Numbers only, kept sorted so that their JSON form, and so the registry's record of them, is stable.
 */
public record ModelParameters(SortedMap<String, Double> values) {

  public ModelParameters {
    values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
  }

  public static ModelParameters of(Map<String, ? extends Number> values) {
    SortedMap<String, Double> copy = new TreeMap<>();
    values.forEach((name, value) -> copy.put(name, value.doubleValue()));
    return new ModelParameters(copy);
  }

  public static ModelParameters empty() {
    return new ModelParameters(new TreeMap<>());
  }

  /** These values, overridden by {@code overrides} where both name a parameter. */
  public ModelParameters with(ModelParameters overrides) {
    SortedMap<String, Double> merged = new TreeMap<>(values);
    merged.putAll(overrides.values);
    return new ModelParameters(merged);
  }

  public ModelParameters with(String name, double value) {
    SortedMap<String, Double> merged = new TreeMap<>(values);
    merged.put(name, value);
    return new ModelParameters(merged);
  }

  public double number(String name) {
    Double value = values.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing model parameter " + name);
    }
    return value;
  }

  public int integer(String name) {
    return (int) Math.round(number(name));
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }
}
