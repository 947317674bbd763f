package com.matchcast.cache;

/**
 * What one instance tells the others on the invalidation topic: forget this key of the region,
 * or the whole region when {@code key} is null. {@code origin} lets the sender ignore its own.
 */
record Invalidation(String origin, String region, String key) {}
