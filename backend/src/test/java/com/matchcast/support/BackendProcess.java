package com.matchcast.support;

import com.matchcast.cli.MatchcastMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * {@code matchcast serve} in a JVM of its own on a port of its own, as an operator runs an instance:
 * what it prints is kept for assertion messages, and stopping it is a SIGTERM (a graceful stop).
 */
public final class BackendProcess implements AutoCloseable {

  private final String name;
  private final int port;
  private final Process process;
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private BackendProcess(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /**
   * Starts {@code serve} with the given Spring arguments, a free port and a temporary directory of
   * its own; its output also goes to {@code <logDir>/<name>.log}, kept after the test.
   */
  public static BackendProcess serve(String name, Path workDir, Path logDir, List<String> settings)
      throws IOException {
    int port = freePort();
    // lightgbm4j unpacks its native library under a fixed name in java.io.tmpdir: one per JVM
    Path tmp = Files.createDirectories(workDir.resolve(name + "-tmp"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx640m", "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
        MatchcastMain.class.getName(), "serve", "--server.port=" + port,
        "--spring.reactor.netty.shutdown-quiet-period=0s"));
    command.addAll(settings);
    Files.createDirectories(logDir);
    java.io.Writer log = Files.newBufferedWriter(logDir.resolve(name + ".log"), StandardCharsets.UTF_8);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    BackendProcess backend = new BackendProcess(name, port, process);
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          backend.lines.add(line);
          log.write(line + "\n");
          log.flush();
        }
        log.close();
      } catch (IOException ended) {
        // the process is gone: its output simply ends
      }
    }, name + "-output");
    reader.setDaemon(true);
    reader.start();
    return backend;
  }

  public int port() {
    return port;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public boolean printed(String text) {
    return lines.stream().anyMatch(line -> line.contains(text));
  }

  /** The last lines printed, for an assertion's message. */
  public String tail() {
    List<String> all = List.copyOf(lines);
    return name + " (" + (process.isAlive() ? "running" : "exited " + process.exitValue()) + "):\n"
        + String.join("\n", all.subList(Math.max(0, all.size() - 60), all.size()));
  }

  /** A graceful stop; forced when it does not end within the wait. */
  public void stop(Duration wait) throws InterruptedException {
    process.destroy();
    if (!process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      stop(Duration.ofSeconds(20));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
