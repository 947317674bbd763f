package com.matchcast.cli;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The summary an import prints: what was read, what changed, what was refused and why. */
record ImportReport(List<IngestRunSummary> runs, Duration duration) {

  long failedFiles() {
    return runs.stream().filter(r -> r.status() == IngestStatus.FAILED).count();
  }

  void print(PrintWriter out) {
    long unchangedFiles = runs.stream().filter(r -> r.status() == IngestStatus.UNCHANGED).count();
    out.printf("Files:            %d (%d stored, %d unchanged and skipped, %d failed)%n", runs.size(),
        runs.size() - unchangedFiles - failedFiles(), unchangedFiles, failedFiles());
    out.printf("Rows read:        %d%n", sum(IngestRunSummary::rowsRead));
    out.printf("Matches:          %d inserted, %d updated, %d unchanged%n", sum(IngestRunSummary::inserted),
        sum(IngestRunSummary::updated), sum(IngestRunSummary::unchanged));
    out.printf("Odds rows:        %d%n", sum(IngestRunSummary::oddsRows));
    out.printf("Duplicates:       %d skipped%n", sum(IngestRunSummary::duplicates));
    out.printf("Rejected rows:    %d%n", sum(IngestRunSummary::rejected) + sum(IngestRunSummary::duplicates));
    rejectsByReason().forEach((reason, count) -> out.printf("  %6d  %s%n", count, reason));
    runs.stream().filter(r -> r.status() == IngestStatus.FAILED)
        .forEach(r -> out.printf("FAILED %s: %s%n", r.target(), r.message()));
    out.printf("Duration:         %.1f s (import only, after start-up)%n", duration.toMillis() / 1000.0);
    if (sum(IngestRunSummary::inserted) == 0 && sum(IngestRunSummary::updated) == 0 && failedFiles() == 0) {
      out.println("Nothing new: every match was already stored.");
    }
  }

  private Map<String, Integer> rejectsByReason() {
    Map<String, Integer> total = new TreeMap<>();
    runs.forEach(r -> r.rejectsByReason().forEach((reason, n) -> total.merge(reason, n, Integer::sum)));
    return total;
  }

  private long sum(java.util.function.ToIntFunction<IngestRunSummary> field) {
    return runs.stream().mapToLong(field::applyAsInt).sum();
  }
}
