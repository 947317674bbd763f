package com.matchcast.loadtest;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The floor's routes on their own: no application context is needed to serve stored bytes. */
class FloorEndpointTest {

  private final WebTestClient client = WebTestClient.bindToRouterFunction(new FloorEndpoint().routes()).build();

  @Test
  void beforeACaptureTheFloorSaysWhatToDo() {
    client.get().uri("/bench/floor").exchange()
        .expectStatus().isNotFound()
        .expectBody(String.class).isEqualTo("no floor response captured yet: PUT one to /bench/floor first");
  }

  @Test
  void answersTheCapturedBytesToGetAndPost() {
    byte[] page = "{\"data\":{\"upcoming\":{\"edges\":[]}}}".getBytes(StandardCharsets.UTF_8);
    client.put().uri("/bench/floor").contentType(MediaType.APPLICATION_JSON).bodyValue(page).exchange()
        .expectStatus().isNoContent();

    client.get().uri("/bench/floor").exchange()
        .expectStatus().isOk()
        .expectHeader().contentType(MediaType.APPLICATION_JSON)
        .expectBody(byte[].class).isEqualTo(page);
    client.post().uri("/bench/floor").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"query\":\"{ upcoming }\"}")
        .exchange()
        .expectStatus().isOk()
        .expectBody(byte[].class).isEqualTo(page);
  }

  @Test
  void anEmptyCaptureIsRefused() {
    client.put().uri("/bench/floor").contentType(MediaType.APPLICATION_JSON).exchange()
        .expectStatus().isBadRequest()
        .expectBody(String.class)
        .isEqualTo("PUT the JSON the floor should answer, e.g. a captured upcoming response; the body was empty");
  }
}
