package com.matchcast.limits;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLTypeUtil;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.execution.ErrorType;

/**
 * The breadth of a request: one operation per document, at most so many root fields, and one
 * field asked for under at most so many aliases. Aliases are how one small document asks for the
 * same expensive page fifty times; depth and cost limits alone would let thirty cheap copies through.
 */
class OperationShape extends SimplePerformantInstrumentation {

  private final int maxRootFields;
  private final int maxAliasesPerField;

  OperationShape(LimitSettings settings) {
    this.maxRootFields = settings.maxRootFields();
    this.maxAliasesPerField = settings.maxAliasesPerField();
  }

  /** Right after parsing: a document of several operations is refused even when it names the one to run. */
  @Override
  public DocumentAndVariables instrumentDocumentAndVariables(DocumentAndVariables documentAndVariables,
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    long operations = documentAndVariables.getDocument().getDefinitionsOfType(OperationDefinition.class).size();
    if (operations > 1) {
      throw new QueryLimitExceeded(ErrorType.BAD_REQUEST, "The document holds " + operations
          + " operations: send one operation per request.");
    }
    return documentAndVariables;
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
      InstrumentationState state) {
    ExecutionContext execution = parameters.getExecutionContext();
    Set<String> rootFields = new HashSet<>();
    Map<String, Set<String>> aliasesByField = new HashMap<>();
    QueryTraverser.newQueryTraverser()
        .schema(execution.getGraphQLSchema())
        .document(execution.getDocument())
        .operationName(execution.getExecutionInput().getOperationName())
        .coercedVariables(execution.getCoercedVariables())
        .build()
        .visitPreOrder(new QueryVisitorStub() {
          @Override
          public void visitField(QueryVisitorFieldEnvironment field) {
            String resultKey = field.getField().getResultKey();
            if (field.getParentEnvironment() == null) {
              rootFields.add(resultKey);
            }
            aliasesByField.computeIfAbsent(GraphQLTypeUtil.unwrapAll(field.getParentType()).getName() + "."
                + field.getField().getName(),
                name -> new HashSet<>()).add(resultKey);
          }
        });
    aliasesByField.forEach((field, aliases) -> {
      if (aliases.size() > maxAliasesPerField) {
        throw new QueryLimitExceeded(LimitExceeded.QUERY_TOO_LARGE, "The operation asks for " + field + " under "
            + aliases.size() + " aliases; at most " + maxAliasesPerField
            + " are allowed (matchcast.limits.max-aliases-per-field).");
      }
    });
    if (rootFields.size() > maxRootFields) {
      throw new QueryLimitExceeded(LimitExceeded.QUERY_TOO_LARGE, "The operation asks for " + rootFields.size()
          + " root fields; at most " + maxRootFields + " are allowed (matchcast.limits.max-root-fields).");
    }
    return SimpleInstrumentationContext.noOp();
  }
}
