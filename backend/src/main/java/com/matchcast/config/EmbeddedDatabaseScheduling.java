package com.matchcast.config;

import com.matchcast.persistence.OffloadedConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Runs the embedded database's calls off the web server's event loops (see
 * {@link OffloadedConnectionFactory}); a MySQL/MariaDB connection factory is left as it is.
 */
@Component
public class EmbeddedDatabaseScheduling implements BeanPostProcessor, DisposableBean {

  /** Above the connection pool's size, so that every connection in use can have its thread. */
  private static final int THREADS = 24;

  private volatile Scheduler scheduler;

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof ConnectionFactory factory && !(bean instanceof OffloadedConnectionFactory)
        && "H2".equalsIgnoreCase(factory.getMetadata().getName())) {
      return new OffloadedConnectionFactory(factory, scheduler());
    }
    return bean;
  }

  private synchronized Scheduler scheduler() {
    if (scheduler == null) {
      scheduler = Schedulers.newBoundedElastic(THREADS, 100_000, "h2", 60, true);
    }
    return scheduler;
  }

  @Override
  public void destroy() {
    if (scheduler != null) {
      scheduler.dispose();
    }
  }
}
