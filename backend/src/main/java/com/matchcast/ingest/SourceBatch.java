package com.matchcast.ingest;

import java.util.List;

/**
 * What a source produced from one unit of input (a file, or one API response set): the
 * records to store, the input it had to reject, and a hash of the raw content so that an
 * unchanged input can be skipped. The sync service stores a batch in one transaction.
 *
 * @param source      source id
 * @param target      what was read: a path relative to the mirror, or a URL
 * @param contentHash SHA-256 of the raw bytes read, hex
 */
public record SourceBatch(
    String source, String target, String contentHash, List<MatchRecord> records, List<RejectedRecord> rejects) {

  public SourceBatch {
    records = List.copyOf(records);
    rejects = List.copyOf(rejects);
  }

  public int rowsRead() {
    return records.size() + rejects.size();
  }
}
