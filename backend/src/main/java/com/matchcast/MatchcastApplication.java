package com.matchcast;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Matchcast backend: collectors, storage and the GraphQL API in one reactive service. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MatchcastApplication {}
