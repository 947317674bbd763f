package com.matchcast.api;

import graphql.execution.instrumentation.Instrumentation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * graphql-java gets the application's Instrumentation beans behind one {@link HookedInstrumentation}
 * instead of the ChainedInstrumentation Spring GraphQL builds from them: Spring GraphQL applies
 * this configurer after setting its chain, so the chain is replaced, with the same instrumentations
 * in the same order.
 */
@Configuration(proxyBeanMethods = false)
class InstrumentationConfiguration {

  @Bean
  GraphQlSourceBuilderCustomizer hookedInstrumentation(ObjectProvider<Instrumentation> instrumentations) {
    return builder -> builder.configureGraphQl(graphQl ->
        graphQl.instrumentation(new HookedInstrumentation(instrumentations.orderedStream().toList())));
  }
}
