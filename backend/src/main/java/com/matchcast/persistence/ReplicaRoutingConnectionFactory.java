package com.matchcast.persistence;

import io.r2dbc.spi.ConnectionFactory;
import java.util.Map;
import org.springframework.r2dbc.connection.lookup.AbstractRoutingConnectionFactory;
import reactor.core.publisher.Mono;

/**
 * The application's connection factory when a read replica is configured: connections come from
 * the primary, or from the replica for work marked {@link ReadRouting.Target#REPLICA}.
 */
public class ReplicaRoutingConnectionFactory extends AbstractRoutingConnectionFactory {

  public ReplicaRoutingConnectionFactory(ConnectionFactory primary, ConnectionFactory replica) {
    setTargetConnectionFactories(Map.of(ReadRouting.Target.PRIMARY, primary, ReadRouting.Target.REPLICA, replica));
    setDefaultTargetConnectionFactory(primary);
    setLenientFallback(false);
    afterPropertiesSet();
  }

  @Override
  protected Mono<Object> determineCurrentLookupKey() {
    return Mono.deferContextual(context -> Mono.just(ReadRouting.of(context)));
  }
}
