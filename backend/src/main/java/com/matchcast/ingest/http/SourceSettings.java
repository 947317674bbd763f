package com.matchcast.ingest.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How Matchcast talks to one data provider: where, with which key, how patiently and how often.
 * Bound from {@code matchcast.sources.<source>.*}; keys come from the environment
 * (for example MATCHCAST_API_FOOTBALL_KEY), never from the repository.
 */
public class SourceSettings {

  private boolean enabled = true;
  private String baseUrl;
  private String apiKey;
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration readTimeout = Duration.ofSeconds(30);
  private int maxAttempts = 4;
  private Duration initialBackoff = Duration.ofSeconds(1);
  private Duration maxBackoff = Duration.ofSeconds(30);
  /** A Retry-After longer than this is not waited for: the run fails and the next one retries. */
  private Duration maxRetryAfter = Duration.ofMinutes(2);
  private int requestsPerMinute = 10;
  /** Calls of the daily (or monthly) quota that are never spent, left for manual use. */
  private int quotaReserve = 0;
  private String incrementalCron = "-";
  private String fullCron = "-";
  /** Matchcast league codes (E0, SP1, ...) to collect. */
  private List<String> leagues = new ArrayList<>(List.of("E0", "SP1", "D1", "I1", "F1"));
  /** Starting years of the seasons a full sync reads, e.g. 2023 for 2023-2024. */
  private List<Integer> seasons = new ArrayList<>();

  public boolean hasApiKey() {
    return apiKey != null && !apiKey.isBlank();
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String getApiKey() {
    return apiKey;
  }

  public void setApiKey(String apiKey) {
    this.apiKey = apiKey;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public void setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
  }

  public Duration getInitialBackoff() {
    return initialBackoff;
  }

  public void setInitialBackoff(Duration initialBackoff) {
    this.initialBackoff = initialBackoff;
  }

  public Duration getMaxBackoff() {
    return maxBackoff;
  }

  public void setMaxBackoff(Duration maxBackoff) {
    this.maxBackoff = maxBackoff;
  }

  public Duration getMaxRetryAfter() {
    return maxRetryAfter;
  }

  public void setMaxRetryAfter(Duration maxRetryAfter) {
    this.maxRetryAfter = maxRetryAfter;
  }

  public int getRequestsPerMinute() {
    return requestsPerMinute;
  }

  public void setRequestsPerMinute(int requestsPerMinute) {
    this.requestsPerMinute = requestsPerMinute;
  }

  public int getQuotaReserve() {
    return quotaReserve;
  }

  public void setQuotaReserve(int quotaReserve) {
    this.quotaReserve = quotaReserve;
  }

  public String getIncrementalCron() {
    return incrementalCron;
  }

  public void setIncrementalCron(String incrementalCron) {
    this.incrementalCron = incrementalCron;
  }

  public String getFullCron() {
    return fullCron;
  }

  public void setFullCron(String fullCron) {
    this.fullCron = fullCron;
  }

  public List<String> getLeagues() {
    return leagues;
  }

  public void setLeagues(List<String> leagues) {
    this.leagues = leagues;
  }

  public List<Integer> getSeasons() {
    return seasons;
  }

  public void setSeasons(List<Integer> seasons) {
    this.seasons = seasons;
  }
}
