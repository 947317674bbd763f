package com.matchcast.quality;

/** Rejected input rows sharing a reason. */
public record RejectCount(String reason, int count) {}
