package com.matchcast.feature;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.forecast.ForecastSetup;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The standard feature set: over a hundred documented, uniquely named features. */
class FeatureCatalogTest {

  @Test
  void everyStandardFeatureIsDocumentedOnce() {
    List<FeatureSource> sources = ForecastSetup.standardSources();
    Set<String> names = new HashSet<>();
    for (FeatureSource source : sources) {
      for (FeatureDefinition d : source.definitions()) {
        assertThat(names.add(d.name())).as("unique name %s", d.name()).isTrue();
        assertThat(d.name()).matches("[a-z0-9_]+");
        assertThat(d.definition()).isNotBlank();
        assertThat(d.source()).isNotBlank();
        assertThat(d.availableFrom()).isNotBlank();
      }
    }
    assertThat(names).hasSizeGreaterThanOrEqualTo(100);
  }

  @Test
  void theCatalogRendersOneLinePerFeature() {
    List<FeatureSource> sources = ForecastSetup.standardSources();
    int features = sources.stream().mapToInt(s -> s.definitions().size()).sum();
    String markdown = FeatureCatalog.markdown(sources);
    assertThat(markdown.lines().count()).isEqualTo(features + 2);
    assertThat(markdown).contains("`pinnacle_p_home`").contains("`elo_diff`").contains("`home_ppg_last5`");
    assertThat(FeatureCatalog.csv(sources).lines().count()).isEqualTo(features + 1);
  }
}
