package com.matchcast.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.r2dbc.h2.H2ConnectionConfiguration;
import io.r2dbc.h2.H2ConnectionFactory;
import io.r2dbc.spi.ConnectionFactory;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/** H2's blocking calls run on the database scheduler, never on the thread that subscribed (an event loop, in the app). */
class OffloadedConnectionFactoryTest {

  private final Scheduler h2 = Schedulers.newBoundedElastic(4, 1000, "h2-test", 60, true);
  private final Scheduler eventLoop = Schedulers.newSingle("event-loop", true);
  private final ConnectionFactory h2Factory = new H2ConnectionFactory(H2ConnectionConfiguration.builder()
      .inMemory("offloaded" + System.nanoTime()).property("DB_CLOSE_DELAY", "-1").build());
  private final OffloadedConnectionFactory factory = new OffloadedConnectionFactory(h2Factory, h2);
  private final DatabaseClient db = DatabaseClient.create(factory);

  @AfterEach
  void stop() {
    h2.dispose();
    eventLoop.dispose();
  }

  @Test
  void statementsRunOnTheDatabaseSchedulerNotOnTheSubscribingThread() {
    List<String> threads = new CopyOnWriteArrayList<>();
    Integer answer = db.sql("SELECT 41 + 1 AS answer")
        .map(row -> {
          threads.add(Thread.currentThread().getName());
          return row.get("answer", Integer.class);
        })
        .one()
        .subscribeOn(eventLoop)
        .block();
    assertThat(answer).isEqualTo(42);
    assertThat(threads).hasSize(1);
    assertThat(threads.get(0)).startsWith("h2-test-");
  }

  @Test
  void transactionsCommitAndRollBackThroughTheWrapper() {
    db.sql("CREATE TABLE point (id INT PRIMARY KEY, rating DOUBLE)").then().block();
    TransactionalOperator transaction = TransactionalOperator.create(new R2dbcTransactionManager(factory));
    transaction.transactional(db.sql("INSERT INTO point VALUES (1, 1500.0)").then()
            .then(db.sql("INSERT INTO point VALUES (2, 1480.5)").then()))
        .subscribeOn(eventLoop).block();
    Mono<Void> failing = db.sql("INSERT INTO point VALUES (3, 1400.0)").then()
        .then(db.sql("INSERT INTO point VALUES (1, 0.0)").then());
    assertThatThrownBy(() -> transaction.transactional(failing).subscribeOn(eventLoop).block())
        .hasMessageContaining("Unique index or primary key violation");
    List<Integer> ids = db.sql("SELECT id FROM point ORDER BY id").map(row -> row.get("id", Integer.class)).all()
        .collectList().block();
    assertThat(ids).as("the committed pair kept, the failed transaction's row rolled back").containsExactly(1, 2);
  }

  @Test
  void theWrapperSpeaksForTheDriverItWraps() {
    assertThat(factory.getMetadata().getName()).isEqualTo("H2");
    assertThat(factory.unwrap()).isSameAs(h2Factory);
  }
}
