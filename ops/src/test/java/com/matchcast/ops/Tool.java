package com.matchcast.ops;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool the checks run (promtool, yamllint, docker-compose, kubectl). A tool that is
 * not installed fails the test with the package that brings it: .ci/run installs them all.
 */
record Tool(String name, String debianPackage) {

  static final Tool PROMTOOL = new Tool("promtool", "prometheus");
  static final Tool YAMLLINT = new Tool("yamllint", "yamllint");
  static final Tool DOCKER_COMPOSE = new Tool("docker-compose", "docker-compose");
  static final Tool KUBECTL = new Tool("kubectl", "kubernetes-client");

  /** What a finished command printed (stdout and stderr apart) and its exit code. */
  record Result(int exitCode, String out, String err) {
    String both() {
      return out + err;
    }
  }

  Result run(Path dir, Map<String, String> env, String... args) {
    Path executable = locate();
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(List.of(args));
    try {
      Path out = Files.createTempFile("ops-" + name, ".out");
      Path err = Files.createTempFile("ops-" + name, ".err");
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail(String.join(" ", command) + " did not finish within 120 s");
      }
      Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
      Files.delete(out);
      Files.delete(err);
      return result;
    } catch (IOException e) {
      throw new IllegalStateException("could not run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  Result run(Path dir, String... args) {
    return run(dir, Map.of(), args);
  }

  /** Runs and fails the test, with everything the tool printed, unless it exits 0. */
  Result succeed(Path dir, Map<String, String> env, String... args) {
    Result result = run(dir, env, args);
    if (result.exitCode() != 0) {
      fail(name + " " + String.join(" ", args) + " exited " + result.exitCode() + ":\n" + result.both());
    }
    return result;
  }

  Result succeed(Path dir, String... args) {
    return succeed(dir, Map.of(), args);
  }

  private Path locate() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return fail(name + " is not installed: `apt-get install " + debianPackage + "` (.ci/run installs it)");
  }
}
