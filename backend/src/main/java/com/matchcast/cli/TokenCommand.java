package com.matchcast.cli;

import com.matchcast.security.dev.DevSigningKey;
import com.matchcast.security.dev.DevTokens;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Prints a development issuer's token. Reads only the key file of the data directory, without
 * Spring or the database, so it runs beside {@code serve} (which holds the embedded database).
 */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    description = {
      "Print a bearer token of the development issuer (the embedded default) for a user.",
      "The token is the last line of standard output; notices go to standard error.",
      "Use it as 'Authorization: Bearer <token>', or in connection_init for subscriptions."
    })
public class TokenCommand implements Callable<Integer> {

  private static final int INVALID_ARGUMENTS = 2;

  @Option(names = "--user", required = true, description = "User name: the token's subject (the user id).")
  private String user;

  @Option(names = "--admin", description = "Also grant scope matchcast:admin (admin mutations, ingestRunFinished).")
  private boolean admin;

  @Option(names = "--valid-for", description = "Lifetime as an ISO-8601 duration (default: ${DEFAULT-VALUE}).",
      defaultValue = "PT12H")
  private Duration validFor;

  @Option(names = {"--data-dir", "--matchcast.data-dir"},
      description = "Data directory holding the key, as serve's (default: MATCHCAST_DATA_DIR or ./data).")
  private Path dataDirectory;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    Path directory = dataDirectory != null ? dataDirectory : Path.of(dataDirectoryFromEnvironment());
    DevSigningKey key = DevSigningKey.inDataDirectory(directory, System.err);
    try {
      DevTokens.Issued issued = new DevTokens(key, Clock.systemUTC()).issue(user, admin, validFor);
      System.err.println("Token for " + issued.user() + " (scope " + issued.scope() + "), valid until "
          + issued.expiresAt() + ", signed with " + key.file());
      spec.commandLine().getOut().println(issued.token());
      spec.commandLine().getOut().flush();
      return 0;
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("matchcast token: " + e.getMessage());
      return INVALID_ARGUMENTS;
    }
  }

  private static String dataDirectoryFromEnvironment() {
    String fromEnvironment = System.getenv("MATCHCAST_DATA_DIR");
    return fromEnvironment == null || fromEnvironment.isBlank() ? "./data" : fromEnvironment;
  }
}
