package com.matchcast.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of the raw bodies a batch was built from, so that an unchanged input is skipped. */
public final class ContentHash {

  private ContentHash() {}

  public static String sha256(byte[] body) {
    return sha256(List.of(body));
  }

  public static String sha256(List<byte[]> bodies) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      bodies.forEach(digest::update);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
