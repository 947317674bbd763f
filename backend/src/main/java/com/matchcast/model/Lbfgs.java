package com.matchcast.model;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Limited-memory BFGS with a backtracking (Armijo) line search, for the smooth convex losses of
 * the logistic learner and the calibrators. Deterministic: no randomness, fixed memory.
 */
final class Lbfgs {

  /** A differentiable function: returns f(x) and writes its gradient. */
  interface Objective {
    double evaluate(double[] x, double[] gradient);
  }

  private static final int MEMORY = 10;
  private final int maxIterations;
  private final double tolerance;

  Lbfgs(int maxIterations, double tolerance) {
    this.maxIterations = maxIterations;
    this.tolerance = tolerance;
  }

  double[] minimise(Objective objective, double[] start) {
    double[] x = start.clone();
    double[] g = new double[x.length];
    double f = objective.evaluate(x, g);
    Deque<double[][]> history = new ArrayDeque<>();
    for (int iteration = 0; iteration < maxIterations && norm(g) > tolerance; iteration++) {
      double[] direction = direction(g, history);
      double[] next = new double[x.length];
      double[] nextGradient = new double[x.length];
      double nextValue = lineSearch(objective, x, f, g, direction, next, nextGradient);
      if (Double.isNaN(nextValue) || f - nextValue <= 1e-12 * Math.max(1, Math.abs(f))) {
        break;
      }
      remember(history, subtract(next, x), subtract(nextGradient, g));
      x = next;
      g = nextGradient;
      f = nextValue;
    }
    return x;
  }

  /** Two-loop recursion: an approximation of -H^-1 g from the recent steps. */
  private static double[] direction(double[] g, Deque<double[][]> history) {
    double[] q = g.clone();
    double[] alphas = new double[history.size()];
    int i = 0;
    for (double[][] pair : history) {
      alphas[i] = dot(pair[0], q) / dot(pair[0], pair[1]);
      axpy(-alphas[i++], pair[1], q);
    }
    if (!history.isEmpty()) {
      double[][] last = history.peekFirst();
      scale(q, dot(last[0], last[1]) / dot(last[1], last[1]));
    }
    var reverse = history.descendingIterator();
    for (i = history.size() - 1; reverse.hasNext(); i--) {
      double[][] pair = reverse.next();
      double beta = dot(pair[1], q) / dot(pair[0], pair[1]);
      axpy(alphas[i] - beta, pair[0], q);
    }
    scale(q, -1);
    return q;
  }

  private static double lineSearch(Objective objective, double[] x, double f, double[] g, double[] direction,
      double[] next, double[] nextGradient) {
    double slope = dot(g, direction);
    if (slope >= 0) {
      System.arraycopy(g, 0, direction, 0, g.length);
      scale(direction, -1);
      slope = dot(g, direction);
    }
    for (double step = 1.0; step > 1e-12; step *= 0.5) {
      for (int j = 0; j < x.length; j++) {
        next[j] = x[j] + step * direction[j];
      }
      double value = objective.evaluate(next, nextGradient);
      if (value <= f + 1e-4 * step * slope) {
        return value;
      }
    }
    return Double.NaN;
  }

  private static void remember(Deque<double[][]> history, double[] s, double[] y) {
    if (dot(s, y) <= 1e-12) {
      return; // curvature condition fails: the pair would make the approximation indefinite
    }
    history.addFirst(new double[][] {s, y});
    if (history.size() > MEMORY) {
      history.removeLast();
    }
  }

  static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  private static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      y[i] += a * x[i];
    }
  }

  private static void scale(double[] x, double a) {
    for (int i = 0; i < x.length; i++) {
      x[i] *= a;
    }
  }

  private static double[] subtract(double[] a, double[] b) {
    double[] out = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] - b[i];
    }
    return out;
  }
}
