package com.matchcast.ingest.http;

import io.netty.channel.ChannelOption;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.transport.ProxyProvider;

/** Builds each provider's {@link SourceHttpClient} on Reactor Netty, through the global proxy. */
@Component
public class SourceHttpClients {

  /** The largest provider body read into memory (a season of fixtures is about 1 MB). */
  private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

  private final ProxySettings proxy;
  private final Clock clock;

  @Autowired
  public SourceHttpClients(ProxySettings proxy) {
    this(proxy, Clock.systemUTC());
  }

  public SourceHttpClients(ProxySettings proxy, Clock clock) {
    this.proxy = proxy == null ? ProxySettings.none() : proxy;
    this.clock = clock;
  }

  public SourceHttpClient create(String source, SourceSettings settings, ApiKeyPlacement keyPlacement) {
    if (settings.getBaseUrl() == null || settings.getBaseUrl().isBlank()) {
      throw new IllegalStateException("matchcast.sources." + source + ".base-url is not set");
    }
    WebClient webClient = WebClient.builder()
        .baseUrl(settings.getBaseUrl())
        .clientConnector(new ReactorClientHttpConnector(httpClient(settings)))
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES))
        .build();
    return new SourceHttpClient(source, settings, keyPlacement, webClient, clock);
  }

  private HttpClient httpClient(SourceSettings settings) {
    long readMillis = settings.getReadTimeout().toMillis();
    HttpClient http = HttpClient.create()
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.getConnectTimeout().toMillis())
        .responseTimeout(settings.getReadTimeout())
        // responseTimeout stops at the headers; a body that stalls half-way needs its own watch.
        .doOnResponse((response, connection) ->
            connection.addHandlerLast(new ReadTimeoutHandler(readMillis, TimeUnit.MILLISECONDS)));
    return proxy.isConfigured() ? http.proxy(this::configureProxy) : http;
  }

  private void configureProxy(ProxyProvider.TypeSpec spec) {
    ProxyProvider.Builder builder = spec.type(ProxyProvider.Proxy.HTTP).host(proxy.host()).port(proxy.portOrDefault());
    if (proxy.hasCredentials()) {
      String password = proxy.password() == null ? "" : proxy.password();
      builder.username(proxy.username()).password(user -> password);
    }
  }
}
