package com.matchcast.limits;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.support.EmbeddedDatabaseTest;
import graphql.introspection.IntrospectionQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Each limit on one GraphQL request at its default (README.md, Limits): a document that crosses it
 * is refused before any field runs, with an error that names the limit and its setting; one at
 * the limit runs.
 */
@EmbeddedDatabaseTest
class QueryLimitsTest {

  /** One match page of the example: 100 matches with their teams and 1X2 prices. */
  private static final String MATCH_PAGE =
      "matches(first: 100) { edges { node { id homeTeam { name } awayTeam { name } odds { bookmaker home draw away } } } }";

  @LocalServerPort int port;

  @Test
  void fiftyAliasesOfAFullMatchPageAreRefused() {
    assertRefused(aliases(50, MATCH_PAGE), "QUERY_TOO_LARGE",
        "The operation asks for Query.matches under 50 aliases; at most 30 are allowed"
            + " (matchcast.limits.max-aliases-per-field).");
  }

  @Test
  void thirtyOneAliasesOfOneFieldAreRefusedAtAnyDepth() {
    assertRefused(aliases(31, "__typename"), "QUERY_TOO_LARGE",
        "The operation asks for Query.__typename under 31 aliases; at most 30 are allowed"
            + " (matchcast.limits.max-aliases-per-field).");
    assertRefused("{ match(id: \"1\") " + aliases(31, "homeTeam { name }") + " }", "QUERY_TOO_LARGE",
        "The operation asks for Match.homeTeam under 31 aliases; at most 30 are allowed"
            + " (matchcast.limits.max-aliases-per-field).");
  }

  @Test
  @SuppressWarnings("unchecked")
  void thirtyAliasesOfOneFieldRun() {
    Map<String, Object> answer = post(aliases(30, "__typename"));

    assertThat(answer).doesNotContainKey("errors");
    assertThat((Map<String, Object>) answer.get("data")).hasSize(30).containsEntry("a30", "Query");
  }

  @Test
  void thirtyOneRootFieldsAreRefused() {
    String fields = IntStream.rangeClosed(1, 16).mapToObj(i -> "t" + i + ": __typename").collect(Collectors.joining(" "))
        + " " + IntStream.rangeClosed(1, 15).mapToObj(i -> "c" + i + ": servingClock { __typename }")
        .collect(Collectors.joining(" "));

    assertRefused("{ " + fields + " }", "QUERY_TOO_LARGE",
        "The operation asks for 31 root fields; at most 30 are allowed (matchcast.limits.max-root-fields).");
  }

  @Test
  void aDocumentOfTwoOperationsIsRefusedEvenWhenItNamesOne() {
    Map<String, Object> answer = post("query First { __typename } query Second { servingClock { __typename } }",
        "First");

    assertThat(answer).isEqualTo(refusal("BAD_REQUEST",
        "The document holds 2 operations: send one operation per request."));
  }

  @Test
  void fieldsNestedSixteenDeepAreRefused() {
    assertRefused(previousChain(12), "QUERY_TOO_DEEP",
        "The operation nests fields 16 deep; at most 15 are allowed (matchcast.limits.max-depth).");
  }

  @Test
  void fieldsNestedFifteenDeepRun() {
    Map<String, Object> answer = post(previousChain(11));

    assertThat(answer).doesNotContainKey("errors").containsKey("data");
  }

  /**
   * A page costs 1 + 100 x (edges 1 + node (1 + id 1 + homeTeam 2 + awayTeam 2 + odds 5)) = 1 + 100 x 12 = 1201;
   * nine of them cost 10809, over 10000. Eight (9608) run.
   */
  @Test
  void nineFullPagesCostMoreThanTheLimit() {
    assertRefused(aliases(9, MATCH_PAGE), "QUERY_TOO_COMPLEX",
        "The operation's estimated cost is 10809; at most 10000 is allowed (matchcast.limits.max-complexity). Each"
            + " field costs 1 and a page (first, last, limit) multiplies what is below it by its size: ask for fewer"
            + " or smaller pages.");
    assertThat(post(aliases(8, MATCH_PAGE))).doesNotContainKey("errors");
  }

  @Test
  void aDocumentOverTwentyThousandCharactersIsRefused() {
    assertRefused("{ __typename " + " ".repeat(20_000) + "}", "QUERY_TOO_LARGE",
        "The document is longer than 20000 characters (matchcast.limits.max-characters): ask for less in one request.");
  }

  @Test
  void aDocumentOverTwoThousandTokensIsRefused() {
    assertRefused("{ " + "a ".repeat(2_001) + "}", "QUERY_TOO_LARGE",
        "The document has more than 2000 tokens (matchcast.limits.max-tokens): ask for less in one request.");
  }

  @Test
  void pagesOverOneHundredAreRefusedAlike() {
    for (String field : List.of("upcoming", "predictions", "matches", "teams")) {
      Map<String, Object> answer = post("{ " + field + "(first: 101) { __typename } }");

      assertThat(answer.get("errors")).as(field).isEqualTo(List.of(Map.of(
          "message", "'first' must be between 0 and 100, got 101.",
          "locations", List.of(Map.of("line", 1, "column", 3)),
          "path", List.of(field),
          "extensions", Map.of("classification", "BAD_REQUEST"))));
    }
  }

  /** GraphiQL's schema query passes every limit (the embedded default serves GraphiQL). */
  @Test
  @SuppressWarnings("unchecked")
  void theIntrospectionQueryRuns() {
    Map<String, Object> answer = post(IntrospectionQuery.INTROSPECTION_QUERY, "IntrospectionQuery");

    assertThat(answer).doesNotContainKey("errors");
    assertThat((Map<String, Object>) answer.get("data")).containsKey("__schema");
  }

  /** {@code predictions { edges { node { previous { ... previous { id } } } } } }: fields 3 + links + 1 deep. */
  private static String previousChain(int links) {
    return "{ predictions(first: 1) { edges { node { " + "previous { ".repeat(links) + "id" + " }".repeat(links)
        + " } } } }";
  }

  private static String aliases(int count, String field) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "a" + i + ": " + field)
        .collect(Collectors.joining(" ", "{ ", " }"));
  }

  private void assertRefused(String document, String classification, String message) {
    assertThat(post(document)).isEqualTo(refusal(classification, message));
  }

  private static Map<String, Object> refusal(String classification, String message) {
    return Map.of("errors", List.of(Map.of("message", message, "locations", List.of(),
        "extensions", Map.of("classification", classification))));
  }

  private Map<String, Object> post(String document) {
    return post(document, null);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> post(String document, String operationName) {
    Map<String, Object> body = new HashMap<>();
    body.put("query", document);
    if (operationName != null) {
      body.put("operationName", operationName);
    }
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build()
        .post().uri("/graphql").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
        .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
  }
}
