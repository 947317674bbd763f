package com.matchcast.model;

import java.util.concurrent.Callable;
import reactor.core.publisher.Mono;

/**
 * Where training, prediction and artifact I/O run: never on the Reactor event loop, whose few
 * threads must stay free for requests, but on a small pool sized for the machine's cores.
 */
public interface ModelExecutor {

  <T> Mono<T> run(Callable<T> work);
}
