package com.matchcast.observability;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the application's own metrics (README, Observability).
 *
 * @param ledgerMatches  how many of the ledger's latest scored matches the RPS gauges average
 * @param ledgerRefresh  how often those gauges are computed again (a query, not one per scrape)
 * @param operationNames how many distinct GraphQL operation names get a series of their own; later
 *                       ones are counted as "other", so that clients cannot grow the registry
 * @param healthRefresh  how often the health gauges (matchcast.health.up) ask the health indicators
 */
@ConfigurationProperties("matchcast.observability")
public record ObservabilityProperties(
    @DefaultValue("200") int ledgerMatches,
    @DefaultValue("1m") Duration ledgerRefresh,
    @DefaultValue("100") int operationNames,
    @DefaultValue("15s") Duration healthRefresh) {}
