package com.matchcast.config;

import com.matchcast.persistence.OffloadedConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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
  private ExecutorService threads;

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof ConnectionFactory factory && !(bean instanceof OffloadedConnectionFactory)
        && "H2".equalsIgnoreCase(factory.getMetadata().getName())) {
      return new OffloadedConnectionFactory(factory, scheduler());
    }
    return bean;
  }

  synchronized Scheduler scheduler() {
    if (scheduler == null) {
      AtomicInteger count = new AtomicInteger();
      threads = Executors.newFixedThreadPool(THREADS, task -> {
        Thread thread = new Thread(task, "h2-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
      // Handed over as a plain Executor: Reactor cancels the tasks of an ExecutorService (and of its
      // own elastic schedulers) by interrupting their threads, and an interrupt during H2's file I/O
      // closes the database file's channel for every connection (ClosedByInterruptException, then
      // "Reading from file failed" on every query until a restart). A browser leaving a page, or a
      // request time-out, cancels calls all the time; a plain Executor's cancelled task just ends.
      // Trampolining runs one worker's tasks one after the other, as a thread of its own would.
      scheduler = Schedulers.fromExecutor(threads::execute, true);
    }
    return scheduler;
  }

  @Override
  public void destroy() {
    if (scheduler != null) {
      scheduler.dispose();
      threads.shutdown();
    }
  }
}
