package com.matchcast.match;

import com.matchcast.api.InvalidArgumentException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/**
 * Position behind a match in the date-then-id order. Opaque to clients (Base64 of
 * "match:date:id"); the keyset lets a page start without counting the rows before it.
 */
public record MatchCursor(LocalDate date, long id) {

  private static final String PREFIX = "match:";

  public static MatchCursor after(Match match) {
    return new MatchCursor(match.date(), match.id());
  }

  public String encode() {
    String plain = PREFIX + date + ":" + id;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  public static MatchCursor decode(String cursor) {
    try {
      String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!plain.startsWith(PREFIX)) {
        throw new IllegalArgumentException(plain);
      }
      String[] parts = plain.substring(PREFIX.length()).split(":");
      return new MatchCursor(LocalDate.parse(parts[0]), Long.parseLong(parts[1]));
    } catch (RuntimeException e) {
      throw new InvalidArgumentException("Malformed cursor '" + cursor + "': pass an endCursor from an earlier page.");
    }
  }
}
