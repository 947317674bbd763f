package com.matchcast.security;

import com.matchcast.api.SharedPayloadEncoder;
import com.matchcast.security.audit.AdminAudit;
import com.matchcast.security.websocket.RefusingWebSocketHandler;
import com.matchcast.security.websocket.SubscriptionGate;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webflux.GraphQlWebSocketHandler;
import org.springframework.http.HttpMethod;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security at the edge. Every path is open at the HTTP level: what an operation needs is written
 * in the schema ({@code @admin}, {@code @signedIn}) and checked per field ({@link AccessDirectives}),
 * so anonymous queries and subscriptions stay welcome. The bearer token, when sent, must be valid:
 * an invalid one is answered 401 ({@link BearerRefusal}) even on a public query, so a client never
 * mistakes a broken sign-in for anonymity. Tokens travel in the Authorization header only, never in
 * cookies, so there is no CSRF to guard against.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@EnableWebFluxSecurity
class SecurityConfiguration {

  /**
   * No observation of each security filter, authentication and authorization: with a registry
   * present Spring Security wraps every filter of the chain in one, about a tenth of the CPU of a
   * kept upcoming page at 200 clients (profiled 2026-11-30). Requests are measured whole
   * (matchcast.http.server.requests) and per GraphQL operation.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
        .shouldObserveAuthentications(false).shouldObserveAuthorizations(false).build();
  }

  /** GraphiQL's page only: its own content security policy, no bearer tokens. */
  @Bean
  @Order(0)
  SecurityWebFilterChain graphiQlPage(ServerHttpSecurity http) {
    String policy = GraphiQlPolicy.forServedPage();
    return common(http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/graphiql",
            "/graphiql/**")), policy)
        .build();
  }

  @Bean
  @Order(1)
  SecurityWebFilterChain api(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder, SecuritySettings settings,
      JsonMapper json) {
    return common(http, settings.contentSecurityPolicy())
        .cors(cors -> cors.configurationSource(corsSource(settings)))
        .oauth2ResourceServer(server -> server
            .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
            .authenticationEntryPoint(new BearerRefusal(json)))
        .build();
  }

  /**
   * Stateless: no security context or request kept in a web session. Besides being pointless
   * with bearer tokens, the session store makes each new session on another thread, and a
   * WebSocket upgraded from there loses a connection_init sent right after the handshake.
   */
  private static ServerHttpSecurity common(ServerHttpSecurity http, String contentSecurityPolicy) {
    return http
        .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
        .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
        .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
        .csrf(ServerHttpSecurity.CsrfSpec::disable)
        .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
        .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
        .logout(ServerHttpSecurity.LogoutSpec::disable)
        .headers(headers -> headers
            .contentSecurityPolicy(policy -> policy.policyDirectives(contentSecurityPolicy))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
  }

  /** Browsers on the configured origins may call the API; any other origin is refused. */
  static CorsConfiguration cors(SecuritySettings settings) {
    CorsConfiguration cors = new CorsConfiguration();
    cors.setAllowedOrigins(settings.corsOrigins());
    cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
    cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept"));
    // the rate limit headers let a browser client pace itself (limits.rate.RateLimitFilter)
    cors.setExposedHeaders(List.of("WWW-Authenticate", "Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining"));
    cors.setAllowCredentials(false);
    cors.setMaxAge(Duration.ofHours(1));
    return cors;
  }

  private static UrlBasedCorsConfigurationSource corsSource(SecuritySettings settings) {
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    source.registerCorsConfiguration("/**", cors(settings));
    return source;
  }

  /** {@code GET /auth/config}: how the web app signs in ({@link WebSignIn}). */
  @Bean
  RouterFunction<ServerResponse> webSignInRoute(SecuritySettings settings) {
    return WebSignIn.route(settings);
  }

  @Bean
  SubscriptionGate subscriptionGate(ReactiveJwtDecoder jwtDecoder, SecuritySettings settings) {
    return new SubscriptionGate(new JwtReactiveAuthenticationManager(jwtDecoder), settings.websocket());
  }

  @Bean
  CallerInterceptor callerInterceptor() {
    return new CallerInterceptor();
  }

  /**
   * Replaces Spring Boot's handler (same settings) to close refused connections with 4403, and to
   * encode a shared subscription's result once for all its sockets.
   */
  @Bean
  GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler handler, GraphQlProperties properties,
      ServerCodecConfigurer codecs, SecuritySettings settings) {
    return new RefusingWebSocketHandler(handler, SharedPayloadEncoder.forWebSocket(codecs), properties.getWebsocket().getConnectionInitTimeout(),
        properties.getWebsocket().getKeepAlive(), cors(settings));
  }

  @Bean
  GraphQlSourceBuilderCustomizer accessDirectives(AdminAudit audit) {
    return builder -> builder.typeVisitors(List.of(new AccessDirectives(audit)));
  }

  @Bean
  RefusalResolver refusalResolver() {
    return new RefusalResolver();
  }

  @Bean
  RefusalResolver.ForSubscriptions subscriptionRefusalResolver() {
    return new RefusalResolver.ForSubscriptions();
  }
}
