package com.matchcast.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code matchcast.jar}. Without a subcommand it serves; every subcommand
 * answers {@code --help} without starting Spring.
 */
@Command(
    name = "matchcast",
    mixinStandardHelpOptions = true,
    version = "Matchcast 0.1.0",
    description = "Football match data, forecasts and a GraphQL API.",
    subcommands = {ServeCommand.class, ImportCommand.class, QualityCommand.class, BacktestCommand.class, TrainCommand.class,
        FeaturesCommand.class, BenchmarkCommand.class, OutlookBenchmarkCommand.class, OutlookBacktestCommand.class, StrategiesCommand.class, LoadTestCommand.class, TokenCommand.class,
        com.matchcast.ledger.VerifyLedgerCommand.class,
        CommandLine.HelpCommand.class})
public class MatchcastMain implements Runnable {

  @Override
  public void run() {
    new ServeCommand().run();
  }

  /** A command that fails says why in one line; the stack trace helps nobody running the jar. */
  static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  /** The command line as the jar runs it: a failing command prints its reason, not a stack trace. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new MatchcastMain());
    commandLine.setExecutionExceptionHandler((error, command, parseResult) -> {
      command.getErr().println("matchcast " + command.getCommandName() + ": " + rootMessage(error));
      return 1;
    });
    return commandLine;
  }

  public static void main(String[] args) {
    PrivateTemporaryDirectory.install();
    int exitCode = commandLine().execute(args);
    boolean serving = ServeCommand.isServing();
    if (!serving) {
      System.exit(exitCode);
    }
  }
}
