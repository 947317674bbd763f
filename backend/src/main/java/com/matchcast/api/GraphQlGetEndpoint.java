package com.matchcast.api;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queries over HTTP GET ({@code /graphql?query=...&variables=...}), which Spring GraphQL
 * does not serve itself: urql sends short queries that way. Only queries run here; a
 * mutation over GET is refused (405) so a link or an image tag cannot change anything.
 * Ordered before Spring Boot's GraphQL routes, whose GET handler would answer 405. Absent from
 * the command line's context, which has no web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class GraphQlGetEndpoint {

  private final WebGraphQlHandler graphQlHandler;
  private final JsonMapper jsonMapper;

  public GraphQlGetEndpoint(WebGraphQlHandler graphQlHandler, JsonMapper jsonMapper) {
    this.graphQlHandler = graphQlHandler;
    this.jsonMapper = jsonMapper;
  }

  @Bean
  @Order(0)
  RouterFunction<ServerResponse> graphQlGetRoute(@Value("${spring.graphql.http.path:/graphql}") String path) {
    return RouterFunctions.route(
        RequestPredicates.GET(path).and(request -> request.queryParam("query").isPresent()), this::handle);
  }

  private Mono<ServerResponse> handle(ServerRequest request) {
    String query = request.queryParam("query").orElseThrow();
    String operationName = request.queryParam("operationName").filter(name -> !name.isBlank()).orElse(null);
    Map<String, Object> variables;
    try {
      variables = parseVariables(request.queryParam("variables").orElse(null));
    } catch (JacksonException | ClassCastException e) {
      return refuse(HttpStatus.BAD_REQUEST, "The variables parameter must be a JSON object.");
    }
    if (isMutation(query, operationName)) {
      return refuse(HttpStatus.METHOD_NOT_ALLOWED, "Mutations are accepted over POST only.");
    }
    Map<String, Object> body = new HashMap<>();
    body.put("query", query);
    body.put("operationName", operationName);
    body.put("variables", variables);
    WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
        request.cookies(), request.remoteAddress().orElse(null), request.attributes(), body,
        request.exchange().getRequest().getId(), request.exchange().getLocaleContext().getLocale());
    return graphQlHandler.handleRequest(graphQlRequest).flatMap(response ->
        ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(response.toMap()));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> parseVariables(String json) {
    if (json == null || json.isBlank()) {
      return Map.of();
    }
    return (Map<String, Object>) jsonMapper.readValue(json, Map.class);
  }

  /** Unparsable documents are left to GraphQL, which reports the syntax error itself. */
  private static boolean isMutation(String query, String operationName) {
    try {
      Document document = Parser.parse(query);
      return document.getDefinitionsOfType(OperationDefinition.class).stream()
          .filter(operation -> operationName == null || operationName.equals(operation.getName()))
          .anyMatch(operation -> operation.getOperation() != OperationDefinition.Operation.QUERY);
    } catch (InvalidSyntaxException e) {
      return false;
    }
  }

  private static Mono<ServerResponse> refuse(HttpStatus status, String message) {
    return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("errors", List.of(Map.of("message", message,
            "extensions", Map.of("classification", status.name().toUpperCase(Locale.ROOT))))));
  }
}
