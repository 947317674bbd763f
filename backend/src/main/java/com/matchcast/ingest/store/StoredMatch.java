package com.matchcast.ingest.store;

/** A match already in the database, with what the current source last said about it. */
record StoredMatch(long id, NaturalKey key, String fingerprint, String externalId) {}
