package com.matchcast.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The jar's help: every command is listed and answers --help without starting the backend. */
class MatchcastMainTest {

  @Test
  void helpListsEveryCommand() {
    String help = help("--help");
    assertThat(help).contains("serve").contains("import").contains("quality");
  }

  @Test
  void eachCommandHasItsOwnHelp() {
    assertThat(help("import", "--help")).contains("--dir").contains("--leagues").contains("--seasons");
    assertThat(help("serve", "--help")).contains("GraphQL");
    assertThat(help("quality", "--help")).contains("--league");
  }

  private static String help(String... args) {
    StringWriter out = new StringWriter();
    CommandLine commandLine = new CommandLine(new MatchcastMain());
    commandLine.setOut(new PrintWriter(out));
    assertThat(commandLine.execute(args)).isZero();
    return out.toString();
  }
}
