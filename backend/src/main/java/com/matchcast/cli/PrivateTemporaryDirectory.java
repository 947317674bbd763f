package com.matchcast.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Gives this process its own java.io.tmpdir. lightgbm4j extracts its native library to a fixed
 * file name in the temporary directory; a second Matchcast process (a backtest beside the
 * server) would overwrite the library under the first one's feet and crash it (SIGBUS).
 */
final class PrivateTemporaryDirectory {

  private PrivateTemporaryDirectory() {}

  static void install() {
    try {
      Path shared = Path.of(System.getProperty("java.io.tmpdir"));
      Path own = Files.createTempDirectory(shared, "matchcast-");
      System.setProperty("java.io.tmpdir", own.toString());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(own)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a private temporary directory", e);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // Best effort at exit: a leftover directory in the system's temporary folder is harmless.
    }
  }
}
