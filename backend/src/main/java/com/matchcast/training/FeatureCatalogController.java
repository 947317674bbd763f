package com.matchcast.training;

import com.matchcast.feature.FeatureCatalog;
import com.matchcast.feature.FeatureDefinition;
import com.matchcast.forecast.ForecastSetup;
import java.util.List;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The features query: the catalog of the features every version Matchcast trains reads, from the
 * same definitions as the `features` command, so the API cannot drift from the code either.
 */
@Controller
public class FeatureCatalogController {

  private final List<FeatureDefinition> catalog = FeatureCatalog.definitions(ForecastSetup.standardSources());

  @QueryMapping
  public List<FeatureDefinition> features() {
    return catalog;
  }
}
