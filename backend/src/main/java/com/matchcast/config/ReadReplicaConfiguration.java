package com.matchcast.config;

import com.matchcast.persistence.ReplicaRoutingConnectionFactory;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.util.regex.Pattern;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * MATCHCAST_DB_REPLICA_URL: a MySQL/MariaDB read replica of MATCHCAST_DB_URL (same user and
 * password unless MATCHCAST_DB_REPLICA_USERNAME / _PASSWORD say otherwise). The application's
 * connection factory then routes GraphQL queries to it (api.ReplicaReads) and everything else
 * (mutations, subscriptions, scheduled work, migrations) to the primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${matchcast.db.replica-url:}'.isBlank()")
public class ReadReplicaConfiguration {

  private static final Pattern MYSQL_URL = Pattern.compile("r2dbc:(?:mysql|mariadb)://[^/?]+/[A-Za-z0-9_]+(\\?.*)?");

  /** Static: a post-processor is made before the beans it processes. */
  @Bean
  static BeanPostProcessor readReplicaRouting(Environment environment) {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof ConnectionFactory primary && "connectionFactory".equals(name)) {
          return new ReplicaRoutingConnectionFactory(primary, replica(environment));
        }
        return bean;
      }
    };
  }

  static ConnectionFactory replica(Environment environment) {
    String url = environment.getProperty("matchcast.db.replica-url", "").trim();
    if (!MYSQL_URL.matcher(url).matches()) {
      throw new IllegalArgumentException(
          "MATCHCAST_DB_REPLICA_URL must look like r2dbc:mysql://replica-host:3306/matchcast, got: " + url);
    }
    if (environment.getProperty("matchcast.db.url", "").isBlank()) {
      throw new IllegalArgumentException("MATCHCAST_DB_REPLICA_URL needs MATCHCAST_DB_URL: the embedded database"
          + " has no replica");
    }
    String username = environment.getProperty("matchcast.db.replica-username",
        environment.getProperty("matchcast.db.username", ""));
    String password = environment.getProperty("matchcast.db.replica-password",
        environment.getProperty("matchcast.db.password", ""));
    ConnectionFactoryOptions options = ConnectionFactoryOptions.parse(url.replaceFirst("^r2dbc:mariadb:", "r2dbc:mysql:"));
    // pooled like the primary (Boot's r2dbc-pool): r2dbc:pool:mysql://...
    ConnectionFactoryOptions.Builder pooled = options.mutate()
        .option(ConnectionFactoryOptions.DRIVER, "pool")
        .option(ConnectionFactoryOptions.PROTOCOL, "mysql")
        .option(ConnectionFactoryOptions.USER, username);
    if (!password.isEmpty()) {
      pooled.option(ConnectionFactoryOptions.PASSWORD, password);
    }
    return ConnectionFactories.get(pooled.build());
  }
}
