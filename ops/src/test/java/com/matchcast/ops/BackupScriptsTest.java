package com.matchcast.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * ops/backup's scripts on the embedded database's path (the MySQL/MariaDB round trip with a real
 * store and model is the backend's BackupRestoreTest): a stopped instance's H2 file and model
 * store come back byte for byte; an open database, an existing target, a damaged backup and a
 * reused backup directory are refused.
 */
class BackupScriptsTest {

  private static final Tool BASH = new Tool("bash", "bash");
  private static final Path SCRIPTS = Repository.OPS.resolve("backup");

  @Test
  void aStoppedEmbeddedInstanceIsBackedUpAndRestoredByteForByte() throws IOException {
    Path work = Files.createTempDirectory("matchcast-backup");
    Path data = work.resolve("data");
    byte[] database = bytes(200_000, 1);
    byte[] artifact = bytes(50_000, 2);
    Files.createDirectories(data.resolve("models/1x2-main"));
    Files.write(data.resolve("matchcast.mv.db"), database);
    Files.write(data.resolve("models/1x2-main/abc-1.mcm"), artifact);
    Files.write(data.resolve("models/1x2-main/incoming-1.part"), bytes(10, 3));

    Tool.Result backup = BASH.run(work, env(data), SCRIPTS.resolve("matchcast-backup.sh").toString(), "set");
    assertThat(backup.exitCode()).as(backup.both()).isZero();
    assertThat(Files.readString(work.resolve("set/MANIFEST"))).contains("database.h2.mv.db").contains("models.tar.gz");
    Tool.Result again = BASH.run(work, env(data), SCRIPTS.resolve("matchcast-backup.sh").toString(), "set");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("exists already");

    Path restored = work.resolve("restored");
    Tool.Result restore = BASH.run(work, env(restored), SCRIPTS.resolve("matchcast-restore.sh").toString(), "set");
    assertThat(restore.exitCode()).as(restore.both()).isZero();
    assertThat(Files.readAllBytes(restored.resolve("matchcast.mv.db"))).isEqualTo(database);
    assertThat(Files.readAllBytes(restored.resolve("models/1x2-main/abc-1.mcm"))).isEqualTo(artifact);
    assertThat(restored.resolve("models/1x2-main/incoming-1.part")).as("an artifact being written").doesNotExist();

    Tool.Result overwrite = BASH.run(work, env(restored), SCRIPTS.resolve("matchcast-restore.sh").toString(), "set");
    assertThat(overwrite.exitCode()).isEqualTo(3);
    assertThat(overwrite.err()).contains("exists; move it away first");
  }

  @Test
  void anOpenDatabaseAndADamagedBackupAreRefused() throws IOException {
    Path work = Files.createTempDirectory("matchcast-backup");
    Path data = work.resolve("data");
    Files.createDirectories(data);
    Files.write(data.resolve("matchcast.mv.db"), bytes(1_000, 4));
    Files.writeString(data.resolve("matchcast.lock.db"), "held");
    Tool.Result open = BASH.run(work, env(data), SCRIPTS.resolve("matchcast-backup.sh").toString(), "open");
    assertThat(open.exitCode()).isEqualTo(1);
    assertThat(open.err()).contains("stop the backend first");

    Files.delete(data.resolve("matchcast.lock.db"));
    assertThat(BASH.run(work, env(data), SCRIPTS.resolve("matchcast-backup.sh").toString(), "set").exitCode()).isZero();
    Files.write(work.resolve("set/database.h2.mv.db"), bytes(1_000, 5));
    Tool.Result damaged = BASH.run(work, env(work.resolve("elsewhere")), SCRIPTS.resolve("matchcast-restore.sh").toString(), "set");
    assertThat(damaged.exitCode()).isEqualTo(1);
    assertThat(damaged.err()).contains("does not match its MANIFEST");
    assertThat(work.resolve("elsewhere")).doesNotExist();
  }

  private static Map<String, String> env(Path data) {
    return Map.of("MATCHCAST_DB_URL", "", "MATCHCAST_DATA_DIR", data.toString(),
        "MATCHCAST_MODELS_DIR", data.resolve("models").toString());
  }

  private static byte[] bytes(int size, long seed) {
    byte[] out = new byte[size];
    new Random(seed).nextBytes(out);
    return out;
  }
}
