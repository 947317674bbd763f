package com.matchcast.security.dev;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

/**
 * The development issuer's RSA key, made on first use and kept in the data directory, so that
 * tokens outlive a restart and the {@code token} command signs with the key the server checks.
 * Plain Java on purpose: the command reads it while {@code serve} holds the database.
 */
public final class DevSigningKey {

  /** File name inside the data directory. */
  public static final String FILE_NAME = "dev-issuer-key.json";

  private final RSAKey key;
  private final Path file;

  private DevSigningKey(RSAKey key, Path file) {
    this.key = key;
    this.file = file;
  }

  /**
   * Reads the key of this data directory, or makes one. Two processes starting together may
   * both make one; the first file written wins and both use it.
   *
   * @param notices where to say that a key was made (standard error for the command line)
   */
  public static DevSigningKey inDataDirectory(Path dataDirectory, PrintStream notices) {
    Path file = dataDirectory.toAbsolutePath().normalize().resolve(FILE_NAME);
    try {
      if (Files.exists(file)) {
        return read(file);
      }
      Files.createDirectories(file.getParent());
      RSAKey made = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint(true).generate();
      Path draft = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
      restrictToOwner(draft);
      Files.writeString(draft, made.toJSONString(), StandardCharsets.UTF_8);
      try {
        Files.move(draft, file);
        notices.println("Made the development issuer's signing key: " + file);
        return new DevSigningKey(made, file);
      } catch (FileAlreadyExistsException raced) {
        Files.deleteIfExists(draft);
        return read(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the development signing key " + file, e);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot make an RSA key", e);
    }
  }

  private static DevSigningKey read(Path file) throws IOException {
    try {
      return new DevSigningKey(RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8)), file);
    } catch (ParseException e) {
      throw new IllegalStateException("the development signing key " + file + " is damaged; delete it to make a new one"
          + " (tokens signed with the old key stop working)", e);
    }
  }

  /** The private key may sign admin tokens: only its owner reads it (where the file system has owners). */
  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the data directory's own permissions apply.
    }
  }

  /** The key pair, private part included: for signing only. */
  RSAKey signingKey() {
    return key;
  }

  /** The public half, as published in the JWK set. */
  public RSAKey publicKey() {
    return key.toPublicJWK();
  }

  public Path file() {
    return file;
  }
}
