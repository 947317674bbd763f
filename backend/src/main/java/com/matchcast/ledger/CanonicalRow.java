package com.matchcast.ledger;

import com.matchcast.prediction.Prediction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The tamper evidence of a ledger row: row_hash = lower-case hex SHA-256 of the UTF-8 text made
 * of the row's {@link LedgerColumn} values in canonical form, then the previous row's row_hash,
 * joined by '|' (a '\' or '|' inside a value is escaped with '\'). The first row's previous
 * hash is {@link #GENESIS}. Anyone holding an export can recompute the chain with this rule
 * alone ({@link LedgerVerifier} does), so rewriting any value, or removing or reordering rows,
 * breaks every hash from that row on.
 */
final class CanonicalRow {

  static final String GENESIS = "0".repeat(64);

  private CanonicalRow() {}

  static List<String> cells(Prediction stored) {
    return java.util.Arrays.stream(LedgerColumn.values()).map(c -> c.text(stored)).toList();
  }

  static String rowHash(Prediction stored, String previousHash) {
    return rowHash(cells(stored), previousHash);
  }

  static String rowHash(List<String> canonicalCells, String previousHash) {
    StringBuilder text = new StringBuilder();
    for (String cell : canonicalCells) {
      text.append(escape(cell)).append('|');
    }
    text.append(previousHash);
    return sha256(text.toString());
  }

  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("|", "\\|");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
