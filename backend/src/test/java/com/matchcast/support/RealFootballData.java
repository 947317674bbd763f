package com.matchcast.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real football-data files of the project's shared data ({@code shared/data/football-data},
 * beside the repository), read-only. Tests copy the files they need into a temporary directory,
 * and damage the copies there; nothing of it is kept in the repository.
 */
public final class RealFootballData {

  private RealFootballData() {}

  /**
   * The mirror root: {@code -Dmatchcast.test.football-data=...} or {@code MATCHCAST_TEST_FOOTBALL_DATA},
   * else the first {@code shared/data/football-data} found walking up from the working directory.
   */
  public static Path root() {
    String configured = System.getProperty("matchcast.test.football-data", System.getenv("MATCHCAST_TEST_FOOTBALL_DATA"));
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/football-data");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("no shared/data/football-data above " + Path.of("").toAbsolutePath()
        + "; set -Dmatchcast.test.football-data to the football-data mirror");
  }

  /** Copies {@code <division>/<season>.csv} into the same place under {@code mirror}; returns the copy. */
  public static Path copy(String division, String season, Path mirror) {
    Path source = root().resolve(division).resolve(season + ".csv");
    Path target = mirror.resolve(division).resolve(season + ".csv");
    try {
      Files.createDirectories(target.getParent());
      return Files.copy(source, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
