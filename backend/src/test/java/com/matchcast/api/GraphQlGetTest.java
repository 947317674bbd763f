package com.matchcast.api;

import com.matchcast.support.EmbeddedDatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Queries answer over GET as over POST; mutations do not run over GET. */
@EmbeddedDatabaseTest
class GraphQlGetTest extends ApiTestSupport {

  private WebTestClient http;

  @BeforeEach
  void client() {
    http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }

  @Test
  void queryWithVariablesOverGet() {
    http.get()
        .uri(uri -> uri.path("/graphql")
            .queryParam("query", "{query}")
            .queryParam("variables", "{variables}")
            .build("query Team($id: ID!) { team(id: $id) { name } }", "{\"id\": \"2\"}"))
        .accept(MediaType.APPLICATION_JSON)
        .exchange()
        .expectStatus().isOk()
        .expectBody().jsonPath("$.data.team.name").isEqualTo("Chelsea");
  }

  @Test
  void errorsOverGetCarryTheirClassification() {
    http.get()
        .uri(uri -> uri.path("/graphql").queryParam("query", "{query}").build("{ match(id: \"404\") { id } }"))
        .exchange()
        .expectStatus().isOk()
        .expectBody()
        .jsonPath("$.errors[0].extensions.classification").isEqualTo("NOT_FOUND")
        .jsonPath("$.errors[0].message").isEqualTo("No match with id 404.");
  }

  @Test
  void mutationOverGetIsRefused() {
    http.get()
        .uri(uri -> uri.path("/graphql").queryParam("query", "{query}").build("mutation { leagues { code } }"))
        .exchange()
        .expectStatus().isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
  }

  @Test
  void malformedVariablesAreABadRequest() {
    http.get()
        .uri(uri -> uri.path("/graphql").queryParam("query", "{query}").queryParam("variables", "{variables}")
            .build("{ leagues { code } }", "[1, 2"))
        .exchange()
        .expectStatus().isBadRequest();
  }

  @Test
  void postStillWorks() {
    graphQl.document("{ leagues { code } }").execute().path("leagues[0].code").hasValue();
  }
}
