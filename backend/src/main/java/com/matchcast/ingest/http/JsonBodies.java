package com.matchcast.ingest.http;

import com.matchcast.ingest.http.SourceFetchException.Kind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Parses provider bodies; anything but one complete JSON document is a malformed body. */
public final class JsonBodies {

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonBodies() {}

  public static JsonNode parse(String source, SourceResponse response) {
    if (response.body().length == 0) {
      throw SourceFetchException.of(Kind.MALFORMED_BODY, source, response.request(), "empty body");
    }
    try {
      JsonNode tree = MAPPER.readTree(response.body());
      if (tree == null || tree.isMissingNode()) {
        throw SourceFetchException.of(Kind.MALFORMED_BODY, source, response.request(), "empty body");
      }
      return tree;
    } catch (JacksonException e) {
      throw SourceFetchException.of(Kind.MALFORMED_BODY, source, response.request(),
          "invalid JSON (" + response.body().length + " bytes, truncated?): " + e.getOriginalMessage());
    }
  }
}
