package com.matchcast.ingest.http;

import org.springframework.http.HttpHeaders;

/**
 * A successful provider response, read in full.
 *
 * @param request path and query as sent, without the key: safe to record
 */
public record SourceResponse(String request, int status, HttpHeaders headers, byte[] body) {}
