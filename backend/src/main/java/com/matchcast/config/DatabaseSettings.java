package com.matchcast.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Turns the few Matchcast database settings into Spring's R2DBC and Flyway properties.
 *
 * <p>R2DBC gives Flyway no JDBC DataSource, so both URLs are derived here from one setting:
 * either the embedded H2 file database under {@code matchcast.data-dir}, or the MySQL/MariaDB
 * server named by {@code matchcast.db.url} (an {@code r2dbc:mysql://} URL).
 */
public class DatabaseSettings implements EnvironmentPostProcessor, Ordered {

  private static final Pattern MYSQL_URL =
      Pattern.compile("r2dbc:(?:mysql|mariadb)://([^/?]+)/([A-Za-z0-9_]+)(\\?.*)?");
  private static final String H2_OPTIONS =
      "MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DEFAULT_NULL_ORDERING=HIGH"
          // A commit is on disk when it returns: a killed process must not take a stored run with it.
          + ";WRITE_DELAY=0";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
    Map<String, Object> derived = derive(
        env.getProperty("matchcast.db.url", ""),
        env.getProperty("matchcast.db.username", ""),
        env.getProperty("matchcast.db.password", ""),
        env.getProperty("matchcast.data-dir", "./data"));
    env.getPropertySources().addFirst(new MapPropertySource("matchcastDatabase", derived));
  }

  /** Spring properties for the given settings; a blank URL means the embedded H2 database. */
  static Map<String, Object> derive(String url, String username, String password, String dataDir) {
    Map<String, Object> props = new LinkedHashMap<>();
    if (url == null || url.isBlank()) {
      String file = Path.of(dataDir).toAbsolutePath().normalize().resolve("matchcast").toString().replace('\\', '/');
      props.put("spring.r2dbc.url", "r2dbc:h2:file:///" + file + "?options=" + H2_OPTIONS);
      props.put("spring.r2dbc.username", "sa");
      props.put("spring.r2dbc.password", "");
      props.put("spring.flyway.url", "jdbc:h2:file:" + file + ";" + H2_OPTIONS);
      props.put("spring.flyway.user", "sa");
      props.put("spring.flyway.password", "");
      props.put("matchcast.db.dialect", "h2");
      return props;
    }
    Matcher m = MYSQL_URL.matcher(url.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "MATCHCAST_DB_URL must look like r2dbc:mysql://host:3306/matchcast, got: " + url);
    }
    String hostPort = m.group(1);
    String database = m.group(2);
    props.put("spring.r2dbc.url", "r2dbc:mysql://" + hostPort + "/" + database);
    props.put("spring.r2dbc.username", username);
    props.put("spring.r2dbc.password", password);
    props.put("spring.flyway.url", "jdbc:mariadb://" + hostPort + "/" + database
        + "?createDatabaseIfNotExist=true");
    props.put("spring.flyway.user", username);
    props.put("spring.flyway.password", password);
    props.put("matchcast.db.dialect", "mysql");
    return props;
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
