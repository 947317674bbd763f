/**
 * What operators see of a running instance: liveness and readiness (database, a model loaded for
 * serving), Redis and the shared event bus (DEGRADED, not unready, when Redis is gone), the
 * {@code matchcast_*} metrics at /actuator/prometheus, and the request id that ties every log line
 * of a request together.
 * It reads the features it reports on (serving, events, ingest, the ledger's table); none of them
 * depends on it.
 */
package com.matchcast.observability;
