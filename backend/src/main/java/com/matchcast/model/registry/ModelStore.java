package com.matchcast.model.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The directory of model artifacts ({@code matchcast.models.dir}): one file per version, under
 * a folder per model name. Blocking file I/O: call it from the model executor.
 */
@Component
public class ModelStore {

  private final Path root;

  public ModelStore(ModelsProperties properties) {
    this.root = properties.dir().toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /**
   * Writes the artifact through a temporary file and a move, so a reader never sees half a
   * file; returns its path relative to the store.
   */
  String write(String name, byte[] artifact) {
    String relative = folder(name) + "/" + sha256(artifact).substring(0, 12) + "-" + UUID.randomUUID() + ".mcm";
    Path target = resolve(relative);
    try {
      Files.createDirectories(target.getParent());
      Path partial = Files.createTempFile(target.getParent(), "incoming-", ".part");
      Files.write(partial, artifact);
      Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write model artifact " + target, e);
    }
    return relative;
  }

  byte[] read(String relative) {
    try {
      return Files.readAllBytes(resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read model artifact " + relative, e);
    }
  }

  void delete(String relative) {
    try {
      Files.deleteIfExists(resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete model artifact " + relative, e);
    }
  }

  /** Stored paths come from the database: refuse any that would leave the store. */
  private Path resolve(String relative) {
    Path path = root.resolve(relative).normalize();
    if (!path.startsWith(root)) {
      throw new IllegalArgumentException("artifact path outside the model store: " + relative);
    }
    return path;
  }

  private static String folder(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
