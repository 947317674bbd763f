package com.matchcast.ingest.collect;

import com.matchcast.ingest.RejectedRecord;
import com.matchcast.ingest.SourceBatch;
import com.matchcast.matchdata.MatchRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Collects the records and rejects of one unit of input into a {@link SourceBatch}. */
public class BatchBuilder {

  private final List<MatchRecord> records = new ArrayList<>();
  private final List<RejectedRecord> rejects = new ArrayList<>();

  public void accept(MatchRecord record) {
    records.add(record);
  }

  public void reject(RejectedRecord reject) {
    rejects.add(reject);
  }

  public List<MatchRecord> records() {
    return records;
  }

  /** Rewrites every accepted record, for a second pass such as merging odds into fixtures. */
  public void updateRecords(UnaryOperator<MatchRecord> update) {
    records.replaceAll(update);
  }

  public SourceBatch build(String source, String target, String contentHash) {
    return new SourceBatch(source, target, contentHash, records, rejects);
  }
}
