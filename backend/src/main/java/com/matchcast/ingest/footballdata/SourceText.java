package com.matchcast.ingest.footballdata;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a downloaded file into text. Most files are ASCII, one carries a UTF-8 byte order
 * mark, and a few old ones are windows-1252 (German referee names, a no-break space before
 * English referees): those are not valid UTF-8, so decoding falls back to windows-1252.
 */
final class SourceText {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private SourceText() {}

  static String decode(byte[] content) {
    int start = hasUtf8ByteOrderMark(content) ? 3 : 0;
    ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes)
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(content, start, content.length - start, WINDOWS_1252);
    }
  }

  private static boolean hasUtf8ByteOrderMark(byte[] content) {
    return content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
        && (content[2] & 0xFF) == 0xBF;
  }
}
