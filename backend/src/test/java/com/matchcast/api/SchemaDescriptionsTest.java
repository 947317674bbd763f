package com.matchcast.api;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.TypeDefinition;
import graphql.parser.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Third-party developers read the schema through introspection: every type and field of the
 * predictions service's schema files says what it is.
 */
class SchemaDescriptionsTest {

  @ParameterizedTest
  @ValueSource(strings = {"prediction.graphqls", "ledger.graphqls", "security.graphqls", "user.graphqls",
      "outlook.graphqls", "betting.graphqls"})
  void everyTypeAndFieldIsDescribed(String file) throws IOException {
    String text = new ClassPathResource("graphql/" + file).getContentAsString(StandardCharsets.UTF_8);
    List<String> undescribed = new ArrayList<>();
    for (var definition : Parser.parse(text).getDefinitions()) {
      if (definition instanceof TypeDefinition<?> type) {
        boolean extension = type instanceof ObjectTypeExtensionDefinition;
        if (!extension && missing(description(type))) {
          undescribed.add(type.getName());
        }
        fields(type).forEach(field -> {
          if (missing(field.getDescription())) {
            undescribed.add(type.getName() + "." + field.getName());
          }
        });
        if (type instanceof InputObjectTypeDefinition input) {
          for (InputValueDefinition value : input.getInputValueDefinitions()) {
            if (missing(value.getDescription())) {
              undescribed.add(type.getName() + "." + value.getName());
            }
          }
        }
      }
    }
    assertThat(undescribed).as("types and fields without a description in " + file).isEmpty();
  }

  private static List<FieldDefinition> fields(TypeDefinition<?> type) {
    return type instanceof ObjectTypeDefinition object ? object.getFieldDefinitions() : List.of();
  }

  private static Description description(TypeDefinition<?> type) {
    if (type instanceof ObjectTypeDefinition o) {
      return o.getDescription();
    }
    if (type instanceof InputObjectTypeDefinition i) {
      return i.getDescription();
    }
    if (type instanceof EnumTypeDefinition e) {
      return e.getDescription();
    }
    if (type instanceof graphql.language.UnionTypeDefinition u) {
      return u.getDescription();
    }
    return null;
  }

  private static boolean missing(Description description) {
    return description == null || description.getContent().isBlank();
  }
}
