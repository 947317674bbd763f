package com.matchcast.market;

import java.util.function.DoubleUnaryOperator;

/**
 * Bisection for the one-parameter equations of the power and Shin methods. Both functions
 * are monotone on the bracket, so bisection cannot fail, and 200 halvings reach the spacing
 * of doubles long before the limit.
 */
final class RootFinding {

  private static final int MAX_HALVINGS = 200;

  private RootFinding() {}

  /** The root of f in [low, high]; f(low) and f(high) must differ in sign. */
  static double bisect(DoubleUnaryOperator f, double low, double high) {
    double fLow = f.applyAsDouble(low);
    if (fLow == 0) {
      return low;
    }
    for (int i = 0; i < MAX_HALVINGS; i++) {
      double middle = 0.5 * (low + high);
      if (middle == low || middle == high) {
        return middle;
      }
      double fMiddle = f.applyAsDouble(middle);
      if (fMiddle == 0) {
        return middle;
      }
      if ((fMiddle > 0) == (fLow > 0)) {
        low = middle;
        fLow = fMiddle;
      } else {
        high = middle;
      }
    }
    return 0.5 * (low + high);
  }
}
