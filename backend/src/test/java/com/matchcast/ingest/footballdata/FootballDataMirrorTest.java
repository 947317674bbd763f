package com.matchcast.ingest.footballdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.matchcast.ingest.footballdata.FootballDataMirror.MirrorFile;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FootballDataMirrorTest {

  @TempDir Path root;

  private final FootballDataMirror mirror = new FootballDataMirror();

  @BeforeEach
  void layOutMirror() throws IOException {
    for (String file : new String[] {"E0/2023-2024.csv", "E0/2000-2001.csv", "SP1/2000-2001.csv",
        "D1/2023-2024.csv", "E0/README.md", "E0/notes.csv", "E0/2023-2025.csv"}) {
      Files.createDirectories(root.resolve(file).getParent());
      Files.writeString(root.resolve(file), "Div,Date,HomeTeam,AwayTeam\n");
    }
    Files.writeString(root.resolve("MANIFEST.csv"), "split,div,season\n");
  }

  @Test
  void listsCsvFilesThatAreNotSeasonsAsSkippedAndIgnoresTheRest() {
    FootballDataMirror.Listing listing = mirror.listing(root, Set.of(), Set.of());

    assertThat(listing.skipped()).containsExactly("E0/2023-2025.csv", "E0/notes.csv");
    assertThat(listing.unlisted()).isEmpty();
    assertThat(mirror.listing(root, Set.of("SP1"), Set.of()).skipped()).as("only the selected divisions").isEmpty();
  }

  @Test
  void aRootThatCannotBeListedNamesThePathAndTheReason() throws IOException {
    // Tests may run as root, for whom chmod 000 denies nothing: a broken link and a file fail for everyone.
    Path broken = Files.createSymbolicLink(root.resolve("gone"), root.resolve("nowhere"));
    Path file = root.resolve("MANIFEST.csv");

    assertThatThrownBy(() -> mirror.listing(broken, Set.of(), Set.of()))
        .isInstanceOf(FootballDataMirror.UnreadableMirrorException.class)
        .hasMessage("cannot list the football-data mirror at " + broken + ": no such file or directory");
    assertThatThrownBy(() -> mirror.listing(file, Set.of(), Set.of()))
        .isInstanceOf(FootballDataMirror.UnreadableMirrorException.class)
        .hasMessage("cannot list the football-data mirror at " + file + ": not a directory");
  }

  @Test
  void aDivisionFolderThatCannotBeListedIsReportedWhileTheOthersAreListed() throws IOException {
    Path e1 = Files.createSymbolicLink(root.resolve("E1"), root.resolve("unmounted/E1"));
    Files.writeString(root.resolve("F1"), "not a folder\n");

    FootballDataMirror.Listing listing = mirror.listing(root, Set.of(), Set.of());

    assertThat(listing.unlisted()).containsExactly(
        new FootballDataMirror.UnlistedDivision("E1/", "cannot list " + e1 + ": no such file or directory"),
        new FootballDataMirror.UnlistedDivision("F1/", "cannot list " + root.resolve("F1") + ": not a directory"));
    assertThat(listing.files()).extracting(MirrorFile::target).containsExactly(
        "E0/2000-2001.csv", "SP1/2000-2001.csv", "D1/2023-2024.csv", "E0/2023-2024.csv");
    assertThatThrownBy(() -> mirror.list(root, Set.of(), Set.of())).as("callers that need every file")
        .hasMessage("cannot list " + e1 + ": no such file or directory");
  }

  @Test
  void aDeniedFolderSaysPermissionDenied() {
    // The exception an unreadable folder gives a non-root user; its own message is only the path.
    assertThat(FootballDataMirror.reason(new AccessDeniedException("/data/E0"))).isEqualTo("permission denied");
  }

  @Test
  void listsSeasonFilesBySeasonThenDivisionIgnoringOtherFiles() {
    assertThat(mirror.list(root, Set.of(), Set.of())).extracting(MirrorFile::target).containsExactly(
        "E0/2000-2001.csv", "SP1/2000-2001.csv", "D1/2023-2024.csv", "E0/2023-2024.csv");
  }

  @Test
  void describesEachFile() {
    MirrorFile file = mirror.list(root, Set.of("SP1"), Set.of()).get(0);

    assertThat(file.division()).isEqualTo("SP1");
    assertThat(file.seasonCode()).isEqualTo("2000-2001");
    assertThat(file.path()).isEqualTo(root.resolve("SP1/2000-2001.csv"));
  }

  @Test
  void filtersByLeagueAndSeason() {
    assertThat(mirror.list(root, Set.of("E0"), Set.of("2023-2024"))).extracting(MirrorFile::target)
        .containsExactly("E0/2023-2024.csv");
    assertThat(mirror.list(root, Set.of(), Set.of("2000-2001"))).extracting(MirrorFile::division)
        .containsExactly("E0", "SP1");
    assertThat(mirror.list(root, Set.of("I1"), Set.of())).isEmpty();
  }
}
