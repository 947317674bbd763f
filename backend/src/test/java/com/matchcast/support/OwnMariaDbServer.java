package com.matchcast.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of a test's own (its own data directory and port), for tests that stop the
 * database under a running application: never the shared server at 3306. Runs as a child process
 * with the grant tables skipped (root, no password), and is stopped and started again at will.
 */
public final class OwnMariaDbServer implements AutoCloseable {

  private final Path dir;
  private final int port;
  private Process process;

  private OwnMariaDbServer(Path dir, int port) {
    this.dir = dir;
    this.port = port;
  }

  /** A fresh data directory under {@code parent}, installed and started. */
  public static OwnMariaDbServer start(Path parent) {
    try {
      Path dir = Files.createDirectories(parent).toAbsolutePath();
      OwnMariaDbServer server = new OwnMariaDbServer(dir, freePort());
      server.run(List.of("mariadb-install-db", "--no-defaults", "--datadir=" + dir.resolve("data"),
          "--auth-root-authentication-method=normal", "--user=" + System.getProperty("user.name"), "--skip-test-db"));
      server.startAgain();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException("could not install a MariaDB server of the test's own", e);
    }
  }

  public int port() {
    return port;
  }

  public String r2dbcUrl(String database) {
    return "r2dbc:mysql://127.0.0.1:" + port + "/" + database;
  }

  /** Starts the server on its data directory and returns once it accepts connections. */
  public void startAgain() {
    try {
      process = new ProcessBuilder("mariadbd", "--no-defaults", "--datadir=" + dir.resolve("data"),
          "--port=" + port, "--bind-address=127.0.0.1", "--socket=" + dir.resolve("mariadb.sock"),
          "--pid-file=" + dir.resolve("mariadb.pid"), "--user=" + System.getProperty("user.name"),
          "--skip-grant-tables", "--innodb-buffer-pool-size=32M", "--log-error=" + dir.resolve("error.log"))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new IllegalStateException("could not start mariadbd", e);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!accepts()) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("mariadbd did not come up on port " + port + "; see " + dir.resolve("error.log"));
      }
      sleep(100);
    }
  }

  /** Stops the server (SIGTERM, as an operator would) and waits until it has exited. */
  public void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        process.destroyForcibly();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  private boolean accepts() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException notYet) {
      return false;
    }
  }

  private void run(List<String> command) throws IOException {
    Process install = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve("install.log").toFile()).start();
    try {
      if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
        install.destroyForcibly();
        throw new IllegalStateException("mariadb-install-db failed; see " + dir.resolve("install.log"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
