package com.matchcast.web;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Serves the built web app when it is on the class path (the backend depends on the frontend
 * module; a backend built alone serves the API only). Spring Boot already serves
 * {@code META-INF/resources} at {@code /}; this adds the router's deep links and the asset cache.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnResource(resources = WebAppConfiguration.INDEX)
class WebAppConfiguration implements WebFluxConfigurer {

  static final String INDEX = "classpath:/META-INF/resources/index.html";

  /**
   * Vite names every file under assets/ by its content hash, so a file never changes under its
   * name: browsers may keep it a year without asking. Spring Security's no-store header is only
   * written when a response has no Cache-Control of its own, so index.html stays uncached.
   */
  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/assets/**")
        .addResourceLocations("classpath:/META-INF/resources/assets/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
  }

  @Bean
  WebAppFallbackFilter webAppFallbackFilter() {
    return new WebAppFallbackFilter();
  }
}
