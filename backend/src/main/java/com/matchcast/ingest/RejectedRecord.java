package com.matchcast.ingest;

/**
 * A piece of source input that could not become a record, with the reason. Rejections are
 * stored with the ingest run; the rest of the input is kept.
 *
 * @param location   file and line, or URL and item index
 * @param rawContent the offending text as read (may be truncated when stored)
 * @param reason     a short, stable reason (used to group rejects in the quality report),
 *                   optionally followed by ": " and details
 */
public record RejectedRecord(String location, String rawContent, String reason, String leagueCode, String seasonCode) {}
