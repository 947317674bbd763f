package com.matchcast.ingest.http;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The outbound HTTP proxy every collector goes through, or none when {@code host} is blank.
 * Bound from {@code matchcast.http.proxy.*}.
 */
@ConfigurationProperties("matchcast.http.proxy")
public record ProxySettings(String host, Integer port, String username, String password) {

  public static ProxySettings none() {
    return new ProxySettings(null, null, null, null);
  }

  public boolean isConfigured() {
    return host != null && !host.isBlank();
  }

  public int portOrDefault() {
    return port == null ? 8080 : port;
  }

  public boolean hasCredentials() {
    return username != null && !username.isBlank();
  }
}
