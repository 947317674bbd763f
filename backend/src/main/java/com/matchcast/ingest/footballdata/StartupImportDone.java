package com.matchcast.ingest.footballdata;

/**
 * Published when a part of the start-up import has finished, so that work needing the data
 * (training the first model of a new installation) can begin: first the served divisions, then
 * all of them.
 *
 * @param files    files read in this part
 * @param failed   files that failed
 * @param complete true for the last part: every division is stored
 */
public record StartupImportDone(int files, long failed, boolean complete) {}
