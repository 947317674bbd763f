package com.matchcast.ingest.footballdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.ingest.footballdata.FootballDataMirror.MirrorFile;
import java.io.IOException;
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
