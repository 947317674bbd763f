package com.matchcast.model;

import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The ranges a hyperparameter search draws from, by parameter name. Draws go through the names
 * in sorted order, so a seed always gives the same sequence of candidates.
 */
public record SearchSpace(SortedMap<String, Range> ranges) {

  public SearchSpace {
    ranges = new TreeMap<>(ranges);
  }

  public static SearchSpace of(Map<String, Range> ranges) {
    return new SearchSpace(new TreeMap<>(ranges));
  }

  ModelParameters draw(Random random) {
    TreeMap<String, Double> values = new TreeMap<>();
    ranges.forEach((name, range) -> values.put(name, range.draw(random)));
    return new ModelParameters(values);
  }

  /** A range of values for one parameter. */
  public sealed interface Range {
    double draw(Random random);
  }

  /** Uniform on [low, high]. */
  public record Uniform(double low, double high) implements Range {
    @Override
    public double draw(Random random) {
      return low + random.nextDouble() * (high - low);
    }
  }

  /** Uniform in the logarithm: for scales such as learning rates and penalties. */
  public record LogUniform(double low, double high) implements Range {
    @Override
    public double draw(Random random) {
      return Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
    }
  }

  /** A whole number in [low, high]. */
  public record Whole(int low, int high) implements Range {
    @Override
    public double draw(Random random) {
      return low + random.nextInt(high - low + 1);
    }
  }
}
