package com.matchcast.ingest.footballdata;

import com.matchcast.ingest.SeasonCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A local copy of football-data files laid out as {@code <DIV>/<YYYY-YYYY>.csv}. Anything else
 * under the root (MANIFEST.csv, READMEs, other names) is not a season file and is ignored.
 */
public final class FootballDataMirror {

  /**
   * One division's season file.
   *
   * @param target the path relative to the mirror root, {@code E0/2023-2024.csv}, used as the batch target
   */
  public record MirrorFile(String division, String seasonCode, Path path, String target) {}

  /**
   * The season files of these divisions and seasons (an empty set means all), oldest season
   * first and divisions in name order within a season, so that imports run in time order.
   */
  public List<MirrorFile> list(Path root, Set<String> leagues, Set<String> seasons) {
    List<MirrorFile> files = new ArrayList<>();
    try (Stream<Path> divisions = Files.list(root)) {
      for (Path division : divisions.filter(Files::isDirectory).toList()) {
        String code = division.getFileName().toString();
        if (leagues.isEmpty() || leagues.contains(code)) {
          files.addAll(seasonFiles(division, code, seasons));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the football-data mirror at " + root, e);
    }
    files.sort(Comparator.comparing(MirrorFile::seasonCode).thenComparing(MirrorFile::division));
    return files;
  }

  private static List<MirrorFile> seasonFiles(Path division, String code, Set<String> seasons) throws IOException {
    try (Stream<Path> entries = Files.list(division)) {
      return entries.filter(Files::isRegularFile)
          .map(path -> seasonFile(path, code))
          .filter(file -> file != null && (seasons.isEmpty() || seasons.contains(file.seasonCode())))
          .toList();
    }
  }

  private static MirrorFile seasonFile(Path path, String division) {
    String name = path.getFileName().toString();
    if (!name.endsWith(".csv")) {
      return null;
    }
    String season = name.substring(0, name.length() - ".csv".length());
    return SeasonCodes.isValid(season) ? new MirrorFile(division, season, path, division + "/" + name) : null;
  }
}
