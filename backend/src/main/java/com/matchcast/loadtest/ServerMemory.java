package com.matchcast.loadtest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The backend's memory, to price a connection: the heap in use after a full collection (asked
 * for with jcmd, so garbage does not count) from its Prometheus gauges, and the resident set size
 * of its process from /proc. The process id is the backend's, given on the command line; without
 * it only the heap is read.
 */
final class ServerMemory {

  record Reading(double heapBytes, long residentBytes, boolean collected) {}

  private static final int SETTLE_SECONDS = 30;

  private final BackendClient backend;
  private final Long pid;

  ServerMemory(BackendClient backend, Long pid) {
    this.backend = backend;
    this.pid = pid;
  }

  Reading read() throws InterruptedException {
    boolean collected = pid != null && collectGarbage();
    double heap = backend.metric("jvm_memory_used_bytes", "area=\"heap\"");
    return new Reading(heap, pid == null ? -1 : settledResidentBytes(), collected);
  }

  /**
   * G1 gives the memory a full collection freed back to the system in the background (JDK 17), so
   * the RSS read at once can be gigabytes above where it settles: read it until it stands still
   * (within a megabyte over a second), for at most 30 s.
   */
  private long settledResidentBytes() throws InterruptedException {
    long previous = residentBytes();
    for (int second = 0; second < SETTLE_SECONDS; second++) {
      Thread.sleep(1000);
      long now = residentBytes();
      if (Math.abs(now - previous) < 1024 * 1024) {
        return now;
      }
      previous = now;
    }
    return previous;
  }

  private boolean collectGarbage() throws InterruptedException {
    try {
      Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return jcmd.waitFor(60, TimeUnit.SECONDS) && jcmd.exitValue() == 0;
    } catch (IOException noJcmd) {
      return false;
    }
  }

  private long residentBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", pid.toString(), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
      return -1;
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
  }
}
