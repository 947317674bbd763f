package com.matchcast.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;

/**
 * The content security policy of GraphiQL's page. Spring GraphQL's page loads GraphiQL from a
 * CDN through an inline import map and an inline module script, which the API's strict policy
 * forbids. This policy is read off the page that is actually served: the hash of each inline
 * script and the hosts it loads from, so an upgrade of Spring GraphQL keeps GraphiQL working.
 */
final class GraphiQlPolicy {

  static final String PAGE = "graphiql/index.html";

  private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>",
      Pattern.DOTALL);
  private static final Pattern HOST = Pattern.compile("https://[A-Za-z0-9.-]+");

  private GraphiQlPolicy() {}

  static String forServedPage() {
    try (InputStream in = new ClassPathResource(PAGE).getInputStream()) {
      return of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read GraphiQL's page " + PAGE, e);
    }
  }

  static String of(String page) {
    Set<String> hashes = new LinkedHashSet<>();
    Matcher script = INLINE_SCRIPT.matcher(page);
    while (script.find()) {
      hashes.add("'sha256-" + sha256(script.group(1)) + "'");
    }
    Set<String> hosts = new LinkedHashSet<>();
    Matcher host = HOST.matcher(page);
    while (host.find()) {
      hosts.add(host.group());
    }
    String cdn = String.join(" ", hosts);
    // data: in script-src: the import map maps one module to an empty data: URL.
    return "default-src 'self'; script-src 'self' " + String.join(" ", hashes) + " " + cdn + " data:;"
        + " style-src 'self' 'unsafe-inline' " + cdn + "; font-src 'self' data: " + cdn + ";"
        + " img-src 'self' data: " + cdn + "; worker-src 'self' blob: " + cdn + "; connect-src 'self' ws: wss: " + cdn
        + "; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
