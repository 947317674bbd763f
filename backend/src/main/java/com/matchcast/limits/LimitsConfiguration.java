package com.matchcast.limits;

import graphql.execution.instrumentation.Instrumentation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The limits on one GraphQL request, checked before any field runs: parser limits while the
 * document is read, the number of operations right after, then breadth, depth and cost against
 * the schema, in that order (the first limit crossed is the one reported). Spring Boot adds every Instrumentation bean to graphql-java and every
 * WebGraphQlInterceptor to the web handler. The rate limits per client are in {@code rate}.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

  @Bean
  @Order(1)
  Instrumentation parserLimits(LimitSettings settings) {
    return new ParserLimits(settings);
  }

  @Bean
  @Order(2)
  Instrumentation operationShape(LimitSettings settings) {
    return new OperationShape(settings);
  }

  @Bean
  @Order(3)
  Instrumentation depthLimit(LimitSettings settings) {
    return new DepthLimit(settings);
  }

  @Bean
  @Order(4)
  Instrumentation complexityLimit(LimitSettings settings) {
    return new ComplexityLimit(settings);
  }

  @Bean
  Instrumentation inFlightFetches() {
    return new InFlightFetches.Tracking();
  }

  @Bean
  RequestTimeout requestTimeout(LimitSettings settings) {
    return new RequestTimeout(settings);
  }
}
