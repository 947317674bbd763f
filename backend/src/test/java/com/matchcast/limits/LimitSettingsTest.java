package com.matchcast.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.matchcast.limits.LimitSettings.Rate;
import com.matchcast.limits.LimitSettings.RatePlan;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The defaults the README documents, and settings that cannot work refused with their name. */
class LimitSettingsTest {

  @Test
  void defaults() {
    LimitSettings settings = new LimitSettings(null, null, null, null, null, null, null, null);

    assertThat(settings).isEqualTo(new LimitSettings(20_000, 2_000, 15, 10_000, 30, 30, Duration.ofSeconds(10),
        new Rate(true, 0, new RatePlan(60, Duration.ofMinutes(1)), new RatePlan(300, Duration.ofMinutes(1)),
            new RatePlan(600, Duration.ofMinutes(1)), Map.of(), "matchcast:rate:")));
  }

  @Test
  void aNamedClientHasItsOwnPlanAndOthersTheClientsDefault() {
    Rate rate = new Rate(null, null, null, null, new RatePlan(100, Duration.ofMinutes(1)),
        Map.of("acme", new RatePlan(5_000, Duration.ofMinutes(1))), null);

    assertThat(rate.planOf("acme")).isEqualTo(new RatePlan(5_000, Duration.ofMinutes(1)));
    assertThat(rate.planOf("other")).isEqualTo(new RatePlan(100, Duration.ofMinutes(1)));
    assertThat(rate.planOf("acme")).hasToString("5000 per 1m");
  }

  /** As README.md (Limits) shows: a client's own plan set from the environment. */
  @Test
  void theEnvironmentSetsAClientsPlan() {
    SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
        "MATCHCAST_LIMITS_RATE_CLIENTS_ACME_REQUESTS", "5000",
        "MATCHCAST_LIMITS_RATE_CLIENTS_ACME_PER", "1m",
        "MATCHCAST_LIMITS_MAX_COMPLEXITY", "20000"));

    LimitSettings settings = new Binder(ConfigurationPropertySources.from(environment))
        .bind("matchcast.limits", LimitSettings.class).get();

    assertThat(settings.rate().planOf("acme")).isEqualTo(new RatePlan(5_000, Duration.ofMinutes(1)));
    assertThat(settings.maxComplexity()).isEqualTo(20_000);
  }

  @Test
  void unusableValuesAreRefusedByName() {
    assertThatThrownBy(() -> new LimitSettings(null, null, 0, null, null, null, null, null))
        .hasMessage("matchcast.limits.max-depth must be positive, got 0");
    assertThatThrownBy(() -> new LimitSettings(null, null, null, null, null, null, Duration.ZERO, null))
        .hasMessage("matchcast.limits.request-timeout must be positive, got PT0S");
    assertThatThrownBy(() -> new RatePlan(-1, null))
        .hasMessage("matchcast.limits.rate.*.requests must be positive, got -1");
    assertThatThrownBy(() -> new Rate(null, -1, null, null, null, null, null))
        .hasMessage("matchcast.limits.rate.trusted-proxies must be 0 or more, got -1");
  }
}
