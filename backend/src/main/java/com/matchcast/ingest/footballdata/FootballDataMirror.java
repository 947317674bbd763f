package com.matchcast.ingest.footballdata;

import com.matchcast.catalog.LeagueCatalog;
import com.matchcast.matchdata.SeasonCodes;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A local copy of football-data files laid out as {@code <DIV>/<YYYY-YYYY>.csv}. Files at the
 * root (MANIFEST.csv, READMEs) are not season files and are ignored; a {@code .csv} file in a
 * division folder whose name is not a season ({@code E0/latest.csv}) is listed as skipped, so
 * that an import can say it left it out.
 */
public final class FootballDataMirror {

  /**
   * One division's season file.
   *
   * @param target the path relative to the mirror root, {@code E0/2023-2024.csv}, used as the batch target
   */
  public record MirrorFile(String division, String seasonCode, Path path, String target) {}

  /**
   * A division folder that could not be listed.
   *
   * @param target {@code E1/}, the folder relative to the mirror root
   * @param reason what went wrong, naming the path: {@code cannot list /data/E1: permission denied}
   */
  public record UnlistedDivision(String target, String reason) {}

  /**
   * What a mirror holds for a selection.
   *
   * @param files     the season files, in import order
   * @param skipped   {@code .csv} files of the selected divisions whose names are not seasons
   *                  ({@code E0/latest.csv}), by name
   * @param unlisted  division folders that could not be read; the other divisions are still listed
   */
  public record Listing(List<MirrorFile> files, List<String> skipped, List<UnlistedDivision> unlisted) {}

  /** The mirror root itself cannot be listed: nothing can be imported from it. */
  public static final class UnreadableMirrorException extends RuntimeException {
    UnreadableMirrorException(String message) {
      super(message);
    }
  }

  /**
   * The season files of these divisions and seasons (an empty set means all), oldest season
   * first and divisions in name order within a season, so that imports run in time order.
   *
   * @throws UnreadableMirrorException when the root or one of its division folders cannot be listed
   */
  public List<MirrorFile> list(Path root, Set<String> leagues, Set<String> seasons) {
    Listing listing = listing(root, leagues, seasons);
    if (!listing.unlisted().isEmpty()) {
      throw new UnreadableMirrorException(listing.unlisted().get(0).reason());
    }
    return listing.files();
  }

  /**
   * The same selection, with what was left out and why. A folder is a division when it is a
   * directory, or when its name is a known division code: then an {@code E1} that is a file or
   * a broken link is reported as unreadable instead of passing unnoticed.
   *
   * @throws UnreadableMirrorException when the root cannot be listed
   */
  public Listing listing(Path root, Set<String> leagues, Set<String> seasons) {
    List<MirrorFile> files = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<UnlistedDivision> unlisted = new ArrayList<>();
    for (Path division : divisions(root)) {
      String code = division.getFileName().toString();
      if (!leagues.isEmpty() && !leagues.contains(code)) {
        continue;
      }
      try (Stream<Path> entries = Files.list(division)) {
        for (Path path : entries.filter(Files::isRegularFile).sorted().toList()) {
          String name = path.getFileName().toString();
          if (!name.endsWith(".csv")) {
            continue;
          }
          String season = name.substring(0, name.length() - ".csv".length());
          if (!SeasonCodes.isValid(season)) {
            skipped.add(code + "/" + name);
          } else if (seasons.isEmpty() || seasons.contains(season)) {
            files.add(new MirrorFile(code, season, path, code + "/" + name));
          }
        }
      } catch (IOException e) {
        unlisted.add(new UnlistedDivision(code + "/", "cannot list " + division + ": " + reason(e)));
      }
    }
    files.sort(Comparator.comparing(MirrorFile::seasonCode).thenComparing(MirrorFile::division));
    return new Listing(List.copyOf(files), List.copyOf(skipped), List.copyOf(unlisted));
  }

  private static List<Path> divisions(Path root) {
    try (Stream<Path> entries = Files.list(root)) {
      return entries.filter(path -> Files.isDirectory(path)
              || LeagueCatalog.standard().byCode(path.getFileName().toString()).isPresent())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UnreadableMirrorException("cannot list the football-data mirror at " + root + ": " + reason(e));
    }
  }

  /**
   * Why a path could not be listed, in words: the exceptions of java.nio carry only the path
   * as their message, which tells an operator where but not what to fix.
   */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemLoopException) {
      return "a loop of symbolic links";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
