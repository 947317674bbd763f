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
      "Print a bearer token of the development issuer (the embedded default) for a user, or for a",
      "third-party client (--client: scope matchcast:read, the client's own rate limit).",
      "The token is the last line of standard output; notices go to standard error.",
      "Use it as 'Authorization: Bearer <token>', or in connection_init for subscriptions."
    })
public class TokenCommand implements Callable<Integer> {

  private static final int INVALID_ARGUMENTS = 2;

  @Option(names = "--user", description = "User name: the token's subject (the user id).")
  private String user;

  @Option(names = "--client", description = "Client id of a third-party client: a client-credentials style token"
      + " with scope matchcast:read and claim client_id; its rate limit is matchcast.limits.rate.clients.<id>.")
  private String client;

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
    if ((user == null) == (client == null) || (client != null && admin)) {
      spec.commandLine().getErr().println("matchcast token: give either --user NAME [--admin] or --client ID");
      return INVALID_ARGUMENTS;
    }
    Path directory = dataDirectory != null ? dataDirectory : Path.of(dataDirectoryFromEnvironment());
    DevSigningKey key = DevSigningKey.inDataDirectory(directory, System.err);
    try {
      DevTokens tokens = new DevTokens(key, Clock.systemUTC());
      DevTokens.Issued issued = client != null ? tokens.issueForClient(client, validFor)
          : tokens.issue(user, admin, validFor);
      System.err.println("Token for " + (client != null ? "client " : "") + issued.user() + " (scope "
          + issued.scope() + "), valid until " + issued.expiresAt() + ", signed with " + key.file());
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
