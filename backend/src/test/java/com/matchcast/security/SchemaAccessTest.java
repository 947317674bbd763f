package com.matchcast.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.parser.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The schema is the list of what is protected: no mutation may be left open by forgetting a directive. */
class SchemaAccessTest {

  @Test
  void everyMutationNeedsAnAdminOrASignedInUser() throws IOException {
    assertThat(fields("Mutation", "admin")).containsExactlyInAnyOrder("retrain", "promoteModel", "runSync",
        "recomputePredictions");
    assertThat(fields("Mutation", "signedIn")).containsExactlyInAnyOrder("followTeam", "unfollowTeam",
        "followLeague", "unfollowLeague", "deleteMe");
    assertThat(fields("Mutation", null)).as("mutations without either directive").isEmpty();
  }

  @Test
  void adminSubscriptionsAndQueriesAreTheIssuesOnes() throws IOException {
    assertThat(fields("Subscription", "admin")).containsExactly("ingestRunFinished");
    assertThat(fields("Query", "admin")).containsExactly("adminAuditLog");
  }

  /** Fields of the type (its extensions included) carrying the directive, or carrying neither when null. */
  private static List<String> fields(String type, String directive) throws IOException {
    List<String> names = new ArrayList<>();
    for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
      String text = file.getContentAsString(StandardCharsets.UTF_8);
      for (ObjectTypeDefinition definition : Parser.parse(text).getDefinitionsOfType(ObjectTypeDefinition.class)) {
        if (definition.getName().equals(type)) {
          for (FieldDefinition field : definition.getFieldDefinitions()) {
            boolean admin = field.hasDirective(AccessDirectives.ADMIN);
            boolean signedIn = field.hasDirective(AccessDirectives.SIGNED_IN);
            boolean wanted = directive == null ? !admin && !signedIn : field.hasDirective(directive);
            if (wanted) {
              names.add(field.getName());
            }
          }
        }
      }
    }
    return names;
  }
}
