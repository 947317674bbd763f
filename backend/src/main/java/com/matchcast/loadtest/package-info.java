/**
 * The load benchmark (README "Load benchmark"): the {@code loadtest} command drives a running
 * backend over HTTP and graphql-transport-ws and writes one table of throughput and latency
 * percentiles. {@link com.matchcast.loadtest.FloorEndpoint} is the only part that runs inside the
 * backend, and only when {@code matchcast.benchmark.floor=true}.
 */
package com.matchcast.loadtest;
