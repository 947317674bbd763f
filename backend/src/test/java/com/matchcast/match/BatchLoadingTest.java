package com.matchcast.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.api.ApiTestSupport;
import com.matchcast.support.EmbeddedDatabaseTest;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import reactor.core.publisher.Mono;

/**
 * A page of matches with clubs, league, odds (twice, with different arguments) and statistics
 * costs one SQL statement per kind of data, the same for 2 matches as for 12: no N+1.
 */
@EmbeddedDatabaseTest
@Import(BatchLoadingTest.CountingStatements.class)
class BatchLoadingTest extends ApiTestSupport {

  static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

  private List<String> statementsFor(int pageSize) {
    STATEMENTS.clear();
    graphQl.documentName("matchesWithEverything").variable("first", pageSize).execute()
        .path("matches.edges").entityList(Object.class).hasSize(pageSize);
    return List.copyOf(STATEMENTS);
  }

  @Test
  void relatedDataOfAPageIsLoadedInOneStatementPerKind() {
    List<String> smallPage = statementsFor(2);
    List<String> fullPage = statementsFor(12);
    assertThat(fullPage).hasSameSizeAs(smallPage).hasSize(6);
    assertThat(fullPage).filteredOn(sql -> sql.contains("FROM team")).hasSize(1);
    assertThat(fullPage).filteredOn(sql -> sql.contains("FROM odds")).hasSize(1);
    assertThat(fullPage).filteredOn(sql -> sql.contains("FROM league")).hasSize(1);
    assertThat(fullPage).filteredOn(sql -> sql.contains("FROM match_statistics")).hasSize(1);
  }

  /** Wraps the connection factory so that every statement created is recorded. */
  @TestConfiguration
  static class CountingStatements {

    @Bean
    static BeanPostProcessor countingConnectionFactory() {
      return new BeanPostProcessor() {
        @Override
        public Object postProcessAfterInitialization(Object bean, String name) {
          return bean instanceof ConnectionFactory factory ? counting(factory) : bean;
        }
      };
    }

    static ConnectionFactory counting(ConnectionFactory factory) {
      return proxy(ConnectionFactory.class, factory, (method, args, result) ->
          method.getName().equals("create") ? Mono.from((Publisher<?>) result)
              .map(connection -> proxy(Connection.class, (Connection) connection, (m, a, r) -> {
                if (m.getName().equals("createStatement")) {
                  STATEMENTS.add((String) a[0]);
                }
                return r;
              })) : result);
    }

    interface AfterCall {
      Object apply(java.lang.reflect.Method method, Object[] args, Object result);
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, T target, AfterCall afterCall) {
      return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> {
        try {
          return afterCall.apply(method, args, method.invoke(target, args));
        } catch (InvocationTargetException e) {
          throw e.getCause();
        }
      });
    }
  }
}
