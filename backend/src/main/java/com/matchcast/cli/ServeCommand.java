package com.matchcast.cli;

import com.matchcast.MatchcastApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Starts the backend: GraphQL API, scheduled collectors. The default command. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start the Matchcast backend (GraphQL at /graphql, GraphiQL at /graphiql).",
      "Configuration comes from environment variables (MATCHCAST_DATA_DIR, MATCHCAST_DB_URL, ...)",
      "or Spring arguments such as --server.port=9090; see README.md."
    })
public class ServeCommand implements Runnable {

  private static volatile boolean serving;

  @Unmatched private List<String> springArguments = new ArrayList<>();

  static boolean isServing() {
    return serving;
  }

  @Override
  public void run() {
    SpringApplication.run(MatchcastApplication.class, springArguments.toArray(String[]::new));
    serving = true;
  }
}
