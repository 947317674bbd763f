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
        FeaturesCommand.class,
        CommandLine.HelpCommand.class})
public class MatchcastMain implements Runnable {

  @Override
  public void run() {
    new ServeCommand().run();
  }

  public static void main(String[] args) {
    CommandLine commandLine = new CommandLine(new MatchcastMain());
    int exitCode = commandLine.execute(args);
    boolean serving = ServeCommand.isServing();
    if (!serving) {
      System.exit(exitCode);
    }
  }
}
