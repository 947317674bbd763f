package com.matchcast.model;

import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterCalcNumPredict;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterFree;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterLoadModelFromString;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_BoosterPredictForMat;
import static com.microsoft.ml.lightgbm.lightgbmlib.LGBM_GetLastError;

import com.microsoft.ml.lightgbm.SWIGTYPE_p_double;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_int;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_long_long;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_p_void;
import com.microsoft.ml.lightgbm.SWIGTYPE_p_void;
import com.microsoft.ml.lightgbm.lightgbmlib;
import io.github.metarank.lightgbm4j.LGBMBooster;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Direct calls into LightGBM's C API. lightgbm4j's own predictForMat sizes its output for binary
 * models and corrupts the heap on multiclass ones, so the buffer here is sized by
 * LGBM_BoosterCalcNumPredict, and every native allocation is freed in a finally block.
 */
final class LightGbmNative {

  /**
   * LightGBM keeps one thread count for the whole process: every call's num_threads overwrites
   * it, and a call sizes its per-thread buffers from it and later runs its parallel loops with
   * whatever it is then. Two calls with different counts at once corrupt memory (a training run
   * with one thread beside serving predictions with two crashed the JVM in
   * PushDataToMultiValBin), so every call of this process passes this same count.
   */
  private static volatile int threads = 1;

  private LightGbmNative() {}

  static void useThreads(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("LightGBM needs at least one thread, not " + count);
    }
    threads = count;
  }

  static int threads() {
    return threads;
  }

  static void load() {
    try {
      LGBMBooster.loadNative();
    } catch (IOException e) {
      throw new UncheckedIOException("LightGBM native library could not be loaded", e);
    }
  }

  static SWIGTYPE_p_void boosterFromText(String text) {
    load();
    SWIGTYPE_p_int iterations = lightgbmlib.new_int32_tp();
    SWIGTYPE_p_p_void holder = lightgbmlib.new_voidpp();
    try {
      check(LGBM_BoosterLoadModelFromString(text, iterations, holder));
      return lightgbmlib.voidpp_value(holder);
    } finally {
      lightgbmlib.delete_int32_tp(iterations);
      lightgbmlib.delete_voidpp(holder);
    }
  }

  static void free(SWIGTYPE_p_void booster) {
    check(LGBM_BoosterFree(booster));
  }

  /** Row-major predictions of the given type, all iterations, on the process's native threads. */
  static double[] predict(SWIGTYPE_p_void booster, double[][] rows, int width, int predictType) {
    SWIGTYPE_p_double input = lightgbmlib.new_doubleArray((long) rows.length * width);
    SWIGTYPE_p_long_long length = lightgbmlib.new_int64_tp();
    try {
      for (int i = 0; i < rows.length; i++) {
        for (int j = 0; j < width; j++) {
          lightgbmlib.doubleArray_setitem(input, (long) i * width + j, rows[i][j]);
        }
      }
      check(LGBM_BoosterCalcNumPredict(booster, rows.length, predictType, 0, -1, length));
      return predictInto(booster, input, rows.length, width, predictType, length);
    } finally {
      lightgbmlib.delete_doubleArray(input);
      lightgbmlib.delete_int64_tp(length);
    }
  }

  private static double[] predictInto(SWIGTYPE_p_void booster, SWIGTYPE_p_double input, int rows, int width,
      int predictType, SWIGTYPE_p_long_long length) {
    long size = lightgbmlib.int64_tp_value(length);
    SWIGTYPE_p_double output = lightgbmlib.new_doubleArray(size);
    try {
      check(LGBM_BoosterPredictForMat(booster, lightgbmlib.double_to_voidp_ptr(input),
          lightgbmlib.C_API_DTYPE_FLOAT64, rows, width, 1, predictType, 0, -1, "num_threads=" + threads,
          length, output));
      double[] values = new double[(int) lightgbmlib.int64_tp_value(length)];
      for (int i = 0; i < values.length; i++) {
        values[i] = lightgbmlib.doubleArray_getitem(output, i);
      }
      return values;
    } finally {
      lightgbmlib.delete_doubleArray(output);
    }
  }

  private static void check(int status) {
    if (status != 0) {
      throw new IllegalStateException("LightGBM call failed: " + LGBM_GetLastError());
    }
  }
}
