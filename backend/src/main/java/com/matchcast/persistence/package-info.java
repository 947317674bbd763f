/**
 * Database helpers shared by the features: reading columns the same way on H2 and MariaDB
 * (used by the features' {@code persistence} row readers) and bulk multi-row inserts (ingest,
 * rating histories). Kept out of {@code api} and {@code ingest} so that reading or writing
 * rows depends on neither the GraphQL layer nor the importers.
 */
package com.matchcast.persistence;
