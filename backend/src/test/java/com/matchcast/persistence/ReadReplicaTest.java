package com.matchcast.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.security.dev.DevTokens;
import com.matchcast.support.MariaDbTest;
import com.matchcast.support.SignedIn;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * MATCHCAST_DB_REPLICA_URL on the MariaDB of this machine: the "replica" is a second database,
 * a copy of the primary's tables plus a club the primary does not have, so that where an answer
 * was read is visible in it. Queries read the replica; mutations, and what they read to answer,
 * use the primary.
 */
@MariaDbTest
class ReadReplicaTest {

  private static final String REPLICA = "mc_test_replica_" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
  private static final long REPLICA_ONLY_CLUB = 900_001;

  private static boolean copied;

  @LocalServerPort int port;
  @Autowired DatabaseClient db;
  @Autowired DevTokens tokens;

  @DynamicPropertySource
  static void replica(DynamicPropertyRegistry properties) throws Exception {
    try (Connection server = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
        Statement statement = server.createStatement()) {
      statement.execute("CREATE DATABASE " + REPLICA);
    }
    properties.add("matchcast.db.replica-url", () -> "r2dbc:mysql://127.0.0.1:3306/" + REPLICA);
  }

  @AfterAll
  static void dropReplica() throws Exception {
    try (Connection server = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
        Statement statement = server.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + REPLICA);
    }
  }

  /** The replica as replication would have made it of the fresh primary, and one club more. */
  @BeforeEach
  void copyThePrimary() throws Exception {
    if (copied) {
      return;
    }
    copied = true;
    String primary = db.sql("SELECT DATABASE() AS name").map(row -> row.get("name", String.class)).one().block();
    try (Connection server = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/", "root", "");
        Statement statement = server.createStatement()) {
      for (String table : tables(server, primary)) {
        statement.execute("DROP TABLE IF EXISTS " + REPLICA + "." + table);
        statement.execute("CREATE TABLE " + REPLICA + "." + table + " LIKE " + primary + "." + table);
        statement.execute("INSERT INTO " + REPLICA + "." + table + " SELECT * FROM " + primary + "." + table);
      }
      statement.execute("INSERT INTO " + REPLICA + ".team (id, name, country) VALUES (" + REPLICA_ONLY_CLUB
          + ", 'Replica Rovers', 'England')");
    }
  }

  @Test
  void queriesReadTheReplica() {
    assertThat(post(null, "{ team(id: \"" + REPLICA_ONLY_CLUB + "\") { name } }"))
        .isEqualTo(Map.of("data", Map.of("team", Map.of("name", "Replica Rovers"))));
  }

  @Test
  void mutationsWriteAndReadThePrimary() throws Exception {
    String token = SignedIn.userToken(tokens, "replica-reader");

    assertThat(post(token, "mutation { followTeam(id: \"" + REPLICA_ONLY_CLUB + "\") { __typename } }"))
        .as("the club is not on the primary").isEqualTo(Map.of("data", Map.of("followTeam",
            Map.of("__typename", "TeamNotFound"))));
    assertThat(post(token, "mutation { followLeague(code: \"E0\") { __typename } }"))
        .isEqualTo(Map.of("data", Map.of("followLeague", Map.of("__typename", "Me"))));

    String primary = db.sql("SELECT DATABASE() AS name").map(row -> row.get("name", String.class)).one().block();
    assertThat(followedLeagues(primary)).containsExactly("replica-reader");
    assertThat(followedLeagues(REPLICA)).as("nothing written to the replica").isEmpty();
  }

  private static List<String> followedLeagues(String database) throws Exception {
    List<String> users = new ArrayList<>();
    try (Connection server = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/" + database, "root", "");
        Statement statement = server.createStatement();
        ResultSet rows = statement.executeQuery("SELECT user_id FROM followed_league")) {
      while (rows.next()) {
        users.add(rows.getString(1));
      }
    }
    return users;
  }

  private static List<String> tables(Connection server, String database) throws Exception {
    List<String> tables = new ArrayList<>();
    try (Statement statement = server.createStatement();
        ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
            + " WHERE table_schema = '" + database + "' AND table_type = 'BASE TABLE'")) {
      while (rows.next()) {
        tables.add(rows.getString(1));
      }
    }
    return tables;
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> post(String token, String document) {
    WebTestClient.RequestBodySpec request = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
        .post().uri("/graphql");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.bodyValue(Map.of("query", document)).exchange().expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();
  }
}
