package com.matchcast.api;

import com.matchcast.persistence.ReadRouting;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * With a read replica configured, a request whose operations are all queries reads from it:
 * queries write nothing, and a few seconds of replication lag are acceptable for what they show.
 * Mutations (and the reads they make to answer, which must see their own writes) and
 * subscriptions stay on the primary. A document that does not parse goes to the primary, whose
 * execution reports the syntax error.
 */
@Component
@ConditionalOnExpression("!'${matchcast.db.replica-url:}'.isBlank()")
public class ReplicaReads implements WebGraphQlInterceptor {

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    Mono<WebGraphQlResponse> next = chain.next(request);
    return onlyQueries(request.getDocument()) ? next.contextWrite(ReadRouting::replica) : next;
  }

  static boolean onlyQueries(String document) {
    try {
      Document parsed = Parser.parse(document);
      List<OperationDefinition> operations = parsed.getDefinitionsOfType(OperationDefinition.class);
      return !operations.isEmpty() && operations.stream()
          .allMatch(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
    } catch (RuntimeException unparsable) {
      return false;
    }
  }
}
