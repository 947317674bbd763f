package com.matchcast.ingest.footballdata;

/**
 * Published when the start-up import has finished, so that work needing the data (training the
 * first model of a new installation) can begin.
 *
 * @param files  files read
 * @param failed files that failed
 */
public record StartupImportDone(int files, long failed) {}
