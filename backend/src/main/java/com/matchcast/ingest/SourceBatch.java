package com.matchcast.ingest;

import com.matchcast.matchdata.MatchRecord;
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

  /**
   * Rows of input read: every record, plus every rejected row that produced no record. A
   * dropped price is rejected at the location of a match that is kept, and counts once.
   */
  public int rowsRead() {
    java.util.Set<String> recordLocations = new java.util.HashSet<>();
    records.forEach(r -> recordLocations.add(r.location()));
    return records.size() + (int) rejects.stream().map(RejectedRecord::location)
        .filter(location -> !recordLocations.contains(location)).distinct().count();
  }
}
