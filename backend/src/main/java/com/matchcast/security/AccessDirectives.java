package com.matchcast.security;

import com.matchcast.security.audit.AdminAudit;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

/**
 * Enforces the schema's access directives, so the schema is the one list of what is protected:
 * a field marked {@code @admin} needs scope {@value Scopes#ADMIN}, one marked {@code @signedIn}
 * a token with a subject. Each such field's data fetcher is wrapped in an {@link AccessCheck};
 * admin mutations are also audited.
 */
class AccessDirectives extends GraphQLTypeVisitorStub {

  static final String ADMIN = "admin";
  static final String SIGNED_IN = "signedIn";

  private final AdminAudit audit;

  AccessDirectives(AdminAudit audit) {
    this.audit = audit;
  }

  @Override
  public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
      TraverserContext<GraphQLSchemaElement> context) {
    boolean admin = field.getAppliedDirective(ADMIN) != null;
    boolean signedIn = field.getAppliedDirective(SIGNED_IN) != null;
    if (!admin && !signedIn) {
      return TraversalControl.CONTINUE;
    }
    GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
    GraphQLFieldsContainer parent = (GraphQLFieldsContainer) context.getParentNode();
    FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
    DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
    boolean audited = admin && "Mutation".equals(parent.getName());
    boolean subscription = "Subscription".equals(parent.getName());
    registry.dataFetcher(coordinates, new AccessCheck(fetcher, admin, subscription, audited ? audit : null));
    return TraversalControl.CONTINUE;
  }
}
