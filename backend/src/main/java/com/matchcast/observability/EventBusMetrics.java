package com.matchcast.observability;

import com.matchcast.events.EventBus;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wraps whichever EventBus the application runs (in-process, or shared through Redis) in a
 * {@link CountingEventBus}, so that no bus implementation has to know about metrics.
 */
@Configuration(proxyBeanMethods = false)
public class EventBusMetrics {

  /**
   * Static, and with the registry looked up at the first publication: a post-processor is made
   * before other beans, and asking for the registry here would make it too early.
   */
  @Bean
  static BeanPostProcessor countingEventBus(ObjectProvider<MeterRegistry> registry) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        return bean instanceof EventBus bus && !(bean instanceof CountingEventBus)
            ? new CountingEventBus(bus, registry::getObject) : bean;
      }
    };
  }
}
