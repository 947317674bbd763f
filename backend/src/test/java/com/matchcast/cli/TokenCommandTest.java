package com.matchcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.security.dev.DevSigningKey;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.SignedIn;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code token} in its own JVM while the server runs on the same data directory (and holds its
 * H2 file): the last line of standard output is a JWT that the running server accepts.
 */
@EmbeddedDatabaseTest
class TokenCommandTest {

  private static final String JWT = "[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+";

  @LocalServerPort int port;
  @Value("${matchcast.data-dir}") String someDataDirectory;
  @Autowired DevSigningKey serversKey;

  @Test
  void theTokenOnTheLastLineWorksAgainstTheRunningServer() throws Exception {
    Result result = run("token", "--user", "cli-admin", "--admin", "--data-dir", serversDataDirectory());

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines).as("standard output holds the token alone").hasSize(1);
    String token = lines.get(lines.size() - 1);
    assertThat(token).matches(JWT);
    assertThat(result.err()).startsWith("Token for cli-admin (scope matchcast:user matchcast:admin), valid until ");
    Map<String, Object> answer = SignedIn.graphQl(port, token)
        .document("mutation { recomputePredictions(league: \"e0\") { __typename } }")
        .execute().path("recomputePredictions").entity(Map.class).get();
    assertThat(answer).isEqualTo(Map.of("__typename", "PredictionsRecomputed"));
  }

  @Test
  void withoutAKeyFileTheCommandMakesOneAndServeWouldUseIt() throws IOException {
    Path empty = Files.createTempDirectory(Path.of(someDataDirectory).getParent(), "token-");
    StringWriter out = new StringWriter();
    picocli.CommandLine commandLine = MatchcastMain.commandLine();
    commandLine.setOut(new PrintWriter(out));

    int exitCode = commandLine.execute("token", "--user", "ann", "--data-dir", empty.toString());

    assertThat(exitCode).isZero();
    assertThat(out.toString()).matches(JWT + "\\R");
    assertThat(empty.resolve(DevSigningKey.FILE_NAME)).exists();
    assertThat(serversKey.file()).isNotEqualTo(empty.resolve(DevSigningKey.FILE_NAME).toAbsolutePath());
  }

  @Test
  void anUnusableUserNameIsRefused() throws Exception {
    Result result = run("token", "--user", "ann smith", "--data-dir", serversDataDirectory());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).isEqualTo("matchcast token: a user name is 1 to 64 letters, digits or . _ @ -"
        + " (starting with a letter or digit), got 'ann smith'\n");
  }

  @Test
  void aThirdPartyClientsTokenCarriesTheReadScopeAndItsClientId() throws Exception {
    StringWriter out = new StringWriter();
    picocli.CommandLine commandLine = MatchcastMain.commandLine();
    commandLine.setOut(new PrintWriter(out));

    int exitCode = commandLine.execute("token", "--client", "acme", "--data-dir", serversDataDirectory());

    assertThat(exitCode).isZero();
    String token = out.toString().strip();
    JWTClaimsSet claims = SignedJWT.parse(token).getJWTClaimsSet();
    assertThat(claims.getSubject()).isEqualTo("acme");
    assertThat(claims.getStringClaim("client_id")).isEqualTo("acme");
    assertThat(claims.getStringClaim("scope")).isEqualTo("matchcast:read");
    Map<String, Object> answer = SignedIn.graphQl(port, token).document("{ servingClock { __typename } }")
        .execute().path("servingClock").entity(Map.class).get();
    assertThat(answer).isEqualTo(Map.of("__typename", "ServingClock"));
  }

  @Test
  void aTokenIsForAUserOrForAClientNotBoth() {
    StringWriter err = new StringWriter();
    picocli.CommandLine commandLine = MatchcastMain.commandLine();
    commandLine.setErr(new PrintWriter(err));

    assertThat(commandLine.execute("token", "--client", "acme", "--admin", "--data-dir", serversDataDirectory()))
        .isEqualTo(2);
    assertThat(commandLine.execute("token", "--data-dir", serversDataDirectory())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("matchcast token: give either --user NAME [--admin] or --client ID\n".repeat(2));
  }

  /** Where the server keeps its key (matchcast.data-dir holds ${random.uuid}, new at each look-up). */
  private String serversDataDirectory() {
    return serversKey.file().getParent().toString();
  }

  private record Result(int exitCode, String out, String err) {}

  /** The jar's main class in a JVM of its own, on this test's class path. */
  private static Result run(String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
        MatchcastMain.class.getName()));
    command.addAll(List.of(arguments));
    Process process = new ProcessBuilder(command).start();
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command finished").isTrue();
    return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
