package com.matchcast.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The ledger keeps every number with exactly {@value #SCALE} decimals (DECIMAL columns), so the
 * text that is hashed is the text that is stored, read back and exported, on H2 and MariaDB
 * alike. 1e-10 is far below any difference a forecast's user could see.
 */
final class LedgerNumbers {

  static final int SCALE = 10;

  private LedgerNumbers() {}

  static BigDecimal decimal(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("the ledger stores finite numbers only, got " + value);
    }
    return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  /** The value as the ledger stores it. */
  static double rounded(double value) {
    return decimal(value).doubleValue();
  }

  /**
   * Canonical text of a decimal read from an export. More decimals than the ledger keeps cannot
   * have come from it, so they fail here rather than being rounded away.
   */
  static String canonical(String text) {
    return new BigDecimal(text.trim()).setScale(SCALE, RoundingMode.UNNECESSARY).toPlainString();
  }
}
