package com.matchcast.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A mirror of real football-data files made in a test's temporary directory, to import or to damage. */
public final class MirrorCopies {

  private MirrorCopies() {}

  /** Copies the real {@code <division>/<season>.csv} to the same place under {@code mirror}; returns the copy. */
  public static Path copy(String division, String season, Path mirror) {
    Path target = mirror.resolve(division).resolve(season + ".csv");
    try {
      Files.createDirectories(target.getParent());
      return Files.copy(RealFootballData.file(division, season), target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
