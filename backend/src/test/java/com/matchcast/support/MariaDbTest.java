package com.matchcast.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A Spring test on the real MariaDB server of this machine (127.0.0.1:3306, root, no
 * password), in a new database per test context, created by the migrations. Databases are
 * named mc_test_*; .ci/run drops leftovers before a run.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "matchcast.db.url=r2dbc:mysql://${MATCHCAST_TEST_MARIADB_HOST:127.0.0.1:3306}/mc_test_${random.int[1000000,9999999]}",
      "matchcast.db.username=${MATCHCAST_TEST_MARIADB_USER:root}",
      "matchcast.db.password=${MATCHCAST_TEST_MARIADB_PASSWORD:}",
      "matchcast.scheduling.enabled=false",
      "matchcast.bootstrap.enabled=false",
      // A test class sends hundreds of requests from one address; the limits' own tests turn this on.
      "matchcast.limits.rate.enabled=false",
      // Tests seed and change the store behind the application's back, without the events that
      // clear the read cache; cache tests turn it on in contexts of their own.
      "matchcast.cache.enabled=false",
      // Each cached context waits this long for its event loops at JVM exit (2 s by default): with
      // a dozen contexts that outlasts surefire's 30 s exit timeout and the fork is killed.
      "spring.reactor.netty.shutdown-quiet-period=0s"
    })
public @interface MariaDbTest {}
