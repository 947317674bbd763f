package com.matchcast.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.feature.FeatureCatalog;
import com.matchcast.feature.FeatureDefinition;
import com.matchcast.forecast.ForecastSetup;
import com.matchcast.support.EmbeddedDatabaseTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The features query serves the same catalog, in the same order, as the features command. */
@EmbeddedDatabaseTest
class FeatureCatalogApiTest {

  @LocalServerPort int port;

  @Test
  void everyFeatureOfTheModelsIsListedWithItsDefinitionInMatrixOrder() {
    HttpGraphQlTester graphQl = HttpGraphQlTester.create(
        WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build());

    List<Map<String, String>> served = graphQl.document("{ features { name definition source availableFrom } }")
        .execute().path("features").entity(new ParameterizedTypeReference<List<Map<String, String>>>() {})
        .get();

    List<FeatureDefinition> catalog = FeatureCatalog.definitions(ForecastSetup.standardSources());
    assertThat(served).hasSizeGreaterThanOrEqualTo(100).hasSize(catalog.size());
    assertThat(served).extracting(f -> f.get("name")).containsExactlyElementsOf(
        catalog.stream().map(FeatureDefinition::name).toList()).doesNotHaveDuplicates();
    assertThat(served).filteredOn(f -> f.get("name").equals("market_p_away")).singleElement()
        .isEqualTo(Map.of("name", "market_p_away",
            "definition", "Implied probability of an away win from the market-average price, de-margined multiplicatively",
            "source", "pre-match odds", "availableFrom", "2005-2006"));
  }
}
