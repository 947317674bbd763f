package com.matchcast.api;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Seeds the mini season and talks GraphQL over HTTP to the running server. */
public abstract class ApiTestSupport {

  @Autowired protected DatabaseClient db;

  @LocalServerPort protected int port;

  protected HttpGraphQlTester graphQl;

  @BeforeEach
  void seedAndConnect() {
    MiniSeason.seed(db);
    graphQl = HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());
  }
}
