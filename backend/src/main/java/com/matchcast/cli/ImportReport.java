package com.matchcast.cli;

import com.matchcast.ingest.IngestRunSummary;
import com.matchcast.ingest.IngestStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summary an import prints: what was read, what changed, what was refused and why, and
 * what was left out. Its last line says in words what happened, and only what happened.
 *
 * @param skipped files of the mirror that were not imported because their names are not seasons
 */
record ImportReport(List<IngestRunSummary> runs, List<String> skipped, Duration duration) {

  ImportReport {
    runs = List.copyOf(runs);
    skipped = List.copyOf(skipped);
  }

  long failedFiles() {
    return runs.stream().filter(r -> r.status() == IngestStatus.FAILED).count();
  }

  void print(PrintWriter out) {
    long unchangedFiles = count(IngestStatus.UNCHANGED);
    out.printf("Files:            %d (%d stored, %d unchanged and skipped, %d failed)%n", runs.size(),
        runs.size() - unchangedFiles - failedFiles(), unchangedFiles, failedFiles());
    out.printf("Rows read:        %d%n", sum(IngestRunSummary::rowsRead));
    out.printf("Matches:          %d inserted, %d updated, %d unchanged%n", sum(IngestRunSummary::inserted),
        sum(IngestRunSummary::updated), sum(IngestRunSummary::unchanged));
    Map<String, Integer> changed = changedFields();
    if (!changed.isEmpty()) {
      out.printf("Changed fields:   %s%n", String.join(", ", changed.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).toList()));
    }
    runs.stream().flatMap(r -> r.newClubs().stream()).forEach(club -> out.printf("New club:         %s%n", club));
    out.printf("Odds rows:        %d%n", sum(IngestRunSummary::oddsRows));
    out.printf("Duplicates:       %d skipped%n", sum(IngestRunSummary::duplicates));
    out.printf("Rejected rows:    %d%n", sum(IngestRunSummary::rejected) + sum(IngestRunSummary::duplicates));
    out.printf("Values left out:  %d (prices or statistics refused in rows that were stored)%n",
        sum(IngestRunSummary::valuesRejected));
    rejectsByReason().forEach((reason, count) -> out.printf("  %6d  %s%n", count, reason));
    headerOnly().forEach(r -> out.printf("Header only, no rows: %s%n", r.target()));
    skipped.forEach(file -> out.printf("Skipped (not a season file): %s%n", file));
    runs.stream().filter(r -> r.status() == IngestStatus.FAILED)
        .forEach(r -> out.printf("FAILED %s: %s%n", r.target(), r.message()));
    out.printf("Duration:         %.1f s (import only, after start-up)%n", duration.toMillis() / 1000.0);
    String verdict = verdict();
    if (verdict != null) {
      out.println(verdict);
    }
  }

  /** The closing line, or none when matches were stored and nothing failed (the counts say it all). */
  String verdict() {
    if (failedFiles() > 0) {
      return failedFiles() + (failedFiles() == 1 ? " file" : " files") + " failed (see FAILED above); the other files"
          + " were imported.";
    }
    if (sum(IngestRunSummary::inserted) > 0 || sum(IngestRunSummary::updated) > 0) {
      return null;
    }
    if (sum(IngestRunSummary::unchanged) > 0) {
      return "Nothing new: every match was already stored.";
    }
    if (count(IngestStatus.UNCHANGED) > 0 && count(IngestStatus.UNCHANGED) == runs.size()) {
      return "Nothing new: every file is unchanged since its last import.";
    }
    if (sum(IngestRunSummary::rowsRead) == 0) {
      return "Nothing stored: the files read hold no rows.";
    }
    return "Nothing stored: every row read was rejected.";
  }

  /** Files read that held a header and no data rows: nothing to store, and not a failure either. */
  private List<IngestRunSummary> headerOnly() {
    return runs.stream().filter(r -> r.status() == IngestStatus.SUCCEEDED && r.rowsRead() == 0).toList();
  }

  /** For each field, how many matches had it corrected (a price the store lacked counts as added). */
  private Map<String, Integer> changedFields() {
    Map<String, Integer> total = new TreeMap<>();
    runs.forEach(r -> r.changedFields().forEach((field, n) -> total.merge(field, n, Integer::sum)));
    return total;
  }

  private Map<String, Integer> rejectsByReason() {
    Map<String, Integer> total = new TreeMap<>();
    runs.forEach(r -> r.rejectsByReason().forEach((reason, n) -> total.merge(reason, n, Integer::sum)));
    return total;
  }

  private long count(IngestStatus status) {
    return runs.stream().filter(r -> r.status() == status).count();
  }

  private long sum(java.util.function.ToIntFunction<IngestRunSummary> field) {
    return runs.stream().mapToLong(field::applyAsInt).sum();
  }
}
