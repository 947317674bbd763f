package com.matchcast.persistence;

import io.r2dbc.spi.Batch;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import io.r2dbc.spi.ConnectionMetadata;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.TransactionDefinition;
import io.r2dbc.spi.ValidationDepth;
import io.r2dbc.spi.Wrapped;
import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * A connection factory whose every database call runs on a scheduler of its own.
 *
 * <p>H2's R2DBC driver is reactive in name only: it runs each statement, commit and connection
 * hand-over synchronously on the thread that subscribes. Whatever thread a reactive chain happens
 * to be on then waits for the embedded database, and that is often one of the web server's few
 * event-loop threads (a pool hands a released connection to the next waiter on the releasing
 * thread). Storing a training run's rating histories, half a minute of inserts, held one event
 * loop that long, and every request on its connections with it. Moving each call here keeps the
 * event loops free; the chain continues on the scheduler's thread, so a long write keeps one of
 * its threads, never an event loop. Truly non-blocking drivers (r2dbc-mysql) are not wrapped.
 */
public final class OffloadedConnectionFactory implements ConnectionFactory, Wrapped<ConnectionFactory>, Disposable,
    Closeable {

  private final ConnectionFactory delegate;
  private final Scheduler scheduler;

  public OffloadedConnectionFactory(ConnectionFactory delegate, Scheduler scheduler) {
    this.delegate = delegate;
    this.scheduler = scheduler;
  }

  @Override
  public Publisher<? extends Connection> create() {
    return Mono.from(delegate.create()).subscribeOn(scheduler).map(connection -> new OffloadedConnection(connection));
  }

  @Override
  public ConnectionFactoryMetadata getMetadata() {
    return delegate.getMetadata();
  }

  @Override
  public ConnectionFactory unwrap() {
    return delegate;
  }

  @Override
  public void dispose() {
    if (delegate instanceof Disposable disposable) {
      disposable.dispose();
    }
  }

  @Override
  public boolean isDisposed() {
    return delegate instanceof Disposable disposable && disposable.isDisposed();
  }

  @Override
  public void close() throws IOException {
    if (delegate instanceof Closeable closeable) {
      closeable.close();
    } else {
      dispose();
    }
  }

  private <T> Mono<T> offMono(Publisher<T> call) {
    return Mono.from(call).subscribeOn(scheduler);
  }

  private <T> Flux<T> offFlux(Publisher<T> call) {
    return Flux.from(call).subscribeOn(scheduler);
  }

  private final class OffloadedConnection implements Connection, Wrapped<Connection> {

    private final Connection connection;

    OffloadedConnection(Connection connection) {
      this.connection = connection;
    }

    @Override
    public Connection unwrap() {
      return connection;
    }

    @Override
    public Publisher<Void> beginTransaction() {
      return offMono(Mono.defer(() -> Mono.from(connection.beginTransaction())));
    }

    @Override
    public Publisher<Void> beginTransaction(TransactionDefinition definition) {
      return offMono(Mono.defer(() -> Mono.from(connection.beginTransaction(definition))));
    }

    @Override
    public Publisher<Void> close() {
      return offMono(Mono.defer(() -> Mono.from(connection.close())));
    }

    @Override
    public Publisher<Void> commitTransaction() {
      return offMono(Mono.defer(() -> Mono.from(connection.commitTransaction())));
    }

    @Override
    public Batch createBatch() {
      Batch batch = connection.createBatch();
      return new Batch() {
        @Override
        public Batch add(String sql) {
          batch.add(sql);
          return this;
        }

        @Override
        public Publisher<? extends Result> execute() {
          return offFlux(Flux.defer(batch::execute));
        }
      };
    }

    @Override
    public Publisher<Void> createSavepoint(String name) {
      return offMono(Mono.defer(() -> Mono.from(connection.createSavepoint(name))));
    }

    @Override
    public Statement createStatement(String sql) {
      return new OffloadedStatement(connection.createStatement(sql));
    }

    @Override
    public boolean isAutoCommit() {
      return connection.isAutoCommit();
    }

    @Override
    public ConnectionMetadata getMetadata() {
      return connection.getMetadata();
    }

    @Override
    public IsolationLevel getTransactionIsolationLevel() {
      return connection.getTransactionIsolationLevel();
    }

    @Override
    public Publisher<Void> releaseSavepoint(String name) {
      return offMono(Mono.defer(() -> Mono.from(connection.releaseSavepoint(name))));
    }

    @Override
    public Publisher<Void> rollbackTransaction() {
      return offMono(Mono.defer(() -> Mono.from(connection.rollbackTransaction())));
    }

    @Override
    public Publisher<Void> rollbackTransactionToSavepoint(String name) {
      return offMono(Mono.defer(() -> Mono.from(connection.rollbackTransactionToSavepoint(name))));
    }

    @Override
    public Publisher<Void> setAutoCommit(boolean autoCommit) {
      return offMono(Mono.defer(() -> Mono.from(connection.setAutoCommit(autoCommit))));
    }

    @Override
    public Publisher<Void> setLockWaitTimeout(Duration timeout) {
      return offMono(Mono.defer(() -> Mono.from(connection.setLockWaitTimeout(timeout))));
    }

    @Override
    public Publisher<Void> setStatementTimeout(Duration timeout) {
      return offMono(Mono.defer(() -> Mono.from(connection.setStatementTimeout(timeout))));
    }

    @Override
    public Publisher<Void> setTransactionIsolationLevel(IsolationLevel level) {
      return offMono(Mono.defer(() -> Mono.from(connection.setTransactionIsolationLevel(level))));
    }

    @Override
    public Publisher<Boolean> validate(ValidationDepth depth) {
      return offMono(Mono.defer(() -> Mono.from(connection.validate(depth))));
    }
  }

  private final class OffloadedStatement implements Statement {

    private final Statement statement;

    OffloadedStatement(Statement statement) {
      this.statement = statement;
    }

    @Override
    public Statement add() {
      statement.add();
      return this;
    }

    @Override
    public Statement bind(int index, Object value) {
      statement.bind(index, value);
      return this;
    }

    @Override
    public Statement bind(String name, Object value) {
      statement.bind(name, value);
      return this;
    }

    @Override
    public Statement bindNull(int index, Class<?> type) {
      statement.bindNull(index, type);
      return this;
    }

    @Override
    public Statement bindNull(String name, Class<?> type) {
      statement.bindNull(name, type);
      return this;
    }

    @Override
    public Statement returnGeneratedValues(String... columns) {
      statement.returnGeneratedValues(columns);
      return this;
    }

    @Override
    public Statement fetchSize(int rows) {
      statement.fetchSize(rows);
      return this;
    }

    @Override
    public Publisher<? extends Result> execute() {
      return offFlux(Flux.defer(statement::execute));
    }
  }
}
