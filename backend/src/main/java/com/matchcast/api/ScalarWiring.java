package com.matchcast.api;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Date (ISO day), DateTime (ISO instant with offset, UTC here) and BigDecimal (exact prices). */
@Configuration(proxyBeanMethods = false)
public class ScalarWiring {

  @Bean
  RuntimeWiringConfigurer extendedScalars() {
    return wiring -> wiring
        .scalar(ExtendedScalars.Date)
        .scalar(ExtendedScalars.DateTime)
        .scalar(ExtendedScalars.GraphQLBigDecimal);
  }
}
