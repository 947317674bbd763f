package com.matchcast.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A new installation as `serve` starts it: an empty data directory of its own, the scheduled
 * jobs and the start-up import on, no collector reaching out. The test names the mirror
 * (matchcast.bootstrap.football-data-dir) and its own training and serving settings.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "matchcast.data-dir=target/test-data/${random.uuid}",
      "matchcast.scheduling.enabled=true",
      "matchcast.bootstrap.enabled=true",
      "matchcast.sources.football-data.enabled=false",
      "matchcast.sources.open-football.enabled=false"
    })
public @interface FreshInstallation {}
