package com.matchcast.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** GraphiQL's policy is read off its page: the hash of each inline script, the hosts it loads from. */
class GraphiQlPolicyTest {

  @Test
  void eachInlineScriptIsAllowedByItsHashAndEachHostByName() {
    String page = "<link href=\"https://cdn.example/style.css\"/><script type=\"importmap\">{}</script>"
        + "<script src=\"/own.js\"></script><script type=\"module\">\nrun();\n</script>";

    assertThat(GraphiQlPolicy.of(page)).isEqualTo("default-src 'self'; script-src 'self'"
        // echo -n '{}' | openssl dgst -sha256 -binary | base64, and the same of "\nrun();\n"
        + " 'sha256-RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=' 'sha256-8Nic6TNoKbU2fN/Yduzc28MgjFgcikm6fSU0x0dR3EU='"
        + " https://cdn.example data:; style-src 'self' 'unsafe-inline' https://cdn.example;"
        + " font-src 'self' data: https://cdn.example; img-src 'self' data: https://cdn.example;"
        + " worker-src 'self' blob: https://cdn.example; connect-src 'self' ws: wss: https://cdn.example;"
        + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
  }
}
