package com.matchcast.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real football-data.co.uk files of the development machines ({@code ../shared/data/football-data}
 * beside the checkout, or MATCHCAST_FOOTBALL_DATA_DIR). Tests read them, or make damaged copies of
 * them in a temporary directory; nothing of them is ever copied into the repository.
 */
public final class RealFootballData {

  private static final String RELATIVE = "shared/data/football-data";

  private RealFootballData() {}

  public static Path root() {
    String configured = System.getenv("MATCHCAST_FOOTBALL_DATA_DIR");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE);
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    Path workplace = Path.of("/work", RELATIVE);
    if (Files.isDirectory(workplace)) {
      return workplace;
    }
    throw new IllegalStateException("the real football-data files are not found: set MATCHCAST_FOOTBALL_DATA_DIR"
        + " or put them at ../" + RELATIVE + " beside the checkout");
  }

  public static Path file(String division, String season) {
    return root().resolve(division).resolve(season + ".csv");
  }

  public static byte[] bytes(String division, String season) {
    try {
      return Files.readAllBytes(file(division, season));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
