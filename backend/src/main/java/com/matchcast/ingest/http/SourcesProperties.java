package com.matchcast.ingest.http;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** One {@link SourceSettings} per HTTP provider, under {@code matchcast.sources}. */
@ConfigurationProperties("matchcast.sources")
public class SourcesProperties {

  private SourceSettings footballData = new SourceSettings();
  private SourceSettings apiFootball = new SourceSettings();
  private SourceSettings oddsApi = new SourceSettings();
  private SourceSettings openFootball = new SourceSettings();

  public SourceSettings getFootballData() {
    return footballData;
  }

  public void setFootballData(SourceSettings footballData) {
    this.footballData = footballData;
  }

  public SourceSettings getApiFootball() {
    return apiFootball;
  }

  public void setApiFootball(SourceSettings apiFootball) {
    this.apiFootball = apiFootball;
  }

  public SourceSettings getOddsApi() {
    return oddsApi;
  }

  public void setOddsApi(SourceSettings oddsApi) {
    this.oddsApi = oddsApi;
  }

  public SourceSettings getOpenFootball() {
    return openFootball;
  }

  public void setOpenFootball(SourceSettings openFootball) {
    this.openFootball = openFootball;
  }
}
