package com.matchcast.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.support.EmbeddedDatabaseTest;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

/** Unknown ids answer NOT_FOUND, unusable arguments BAD_REQUEST, each with a message a person can act on. */
@EmbeddedDatabaseTest
class ApiErrorsTest extends ApiTestSupport {

  private static void expect(GraphQlTester.Response response, ErrorType type, String messagePart) {
    response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(onlyError(type, messagePart)));
  }

  private static Consumer<ResponseError> onlyError(ErrorType type, String messagePart) {
    return error -> {
      assertThat(error.getErrorType()).isEqualTo(type);
      assertThat(error.getMessage()).contains(messagePart).doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(error.getExtensions()).doesNotContainKeys("stackTrace", "exception", "trace");
    };
  }

  @Test
  void unknownMatchIdIsNotFound() {
    expect(graphQl.documentName("matchDetail").variable("id", "999").execute(), ErrorType.NOT_FOUND,
        "No match with id 999");
  }

  @Test
  void unknownTeamIdIsNotFound() {
    expect(graphQl.documentName("team").variable("id", "77").execute(), ErrorType.NOT_FOUND, "No team with id 77");
  }

  @Test
  void unknownTeamNameInHeadToHeadIsNotFound() {
    expect(graphQl.documentName("headToHead").variable("homeTeam", "Real Madrid").variable("awayTeam", "Arsenal")
        .execute(), ErrorType.NOT_FOUND, "No team named 'Real Madrid'");
  }

  @Test
  void nonNumericIdIsBadRequest() {
    expect(graphQl.documentName("matchDetail").variable("id", "abc").execute(), ErrorType.BAD_REQUEST,
        "expected a number");
  }

  @Test
  void badSeasonFormatIsBadRequest() {
    expect(graphQl.documentName("standings").variable("league", "E0").variable("season", "2023/24").execute(),
        ErrorType.BAD_REQUEST, "Invalid season '2023/24'");
    expect(graphQl.documentName("dataQuality").variable("league", "E0").variable("season", "2023-2025").execute(),
        ErrorType.BAD_REQUEST, "two consecutive years");
  }

  @Test
  void unknownLeagueCodeIsBadRequest() {
    expect(graphQl.documentName("standings").variable("league", "XX9").variable("season", "2023-2024").execute(),
        ErrorType.BAD_REQUEST, "Unknown league code 'XX9'");
  }

  @Test
  void pageSizeAboveOneHundredIsBadRequest() {
    expect(graphQl.documentName("matchesPage").variable("first", 101).execute(), ErrorType.BAD_REQUEST,
        "'first' must be between 0 and 100, got 101");
    expect(graphQl.documentName("ingestRuns").variable("last", 500).execute(), ErrorType.BAD_REQUEST,
        "'last' must be between 0 and 100");
  }

  @Test
  void malformedCursorIsBadRequest() {
    expect(graphQl.documentName("matchesPage").variable("first", 5).variable("after", "not-a-cursor").execute(),
        ErrorType.BAD_REQUEST, "Malformed cursor");
  }

  @Test
  void fromAfterToIsBadRequest() {
    expect(graphQl.documentName("matchesPage")
            .variable("filter", Map.of("from", "2023-09-01", "to", "2023-08-01")).execute(),
        ErrorType.BAD_REQUEST, "'from' (2023-09-01) must not be after 'to' (2023-08-01)");
  }
}
