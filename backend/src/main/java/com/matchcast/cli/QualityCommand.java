package com.matchcast.cli;

import com.matchcast.api.Arguments;
import com.matchcast.api.InvalidArgumentException;
import com.matchcast.catalog.LeagueArguments;
import com.matchcast.quality.DataQualityReport;
import com.matchcast.quality.DataQualityService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;
import reactor.core.publisher.Flux;

/** Prints the data-quality report of the stored data, per league season. */
@Command(
    name = "quality",
    mixinStandardHelpOptions = true,
    description = {
      "Print how complete the stored data is (results, statistics, odds) and what imports rejected,",
      "per league season. Without options: every league season with data."
    })
public class QualityCommand implements Callable<Integer> {

  private static final int INVALID_ARGUMENTS = 2;

  @Option(names = "--league", description = "League code, such as E0.")
  private String league;

  @Option(names = "--season", description = "Season, such as 2023-2024.")
  private String season;

  @Unmatched private List<String> springArguments = new ArrayList<>();

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    try {
      String leagueCode = league == null ? null : LeagueArguments.league(league).code();
      String seasonCode = season == null ? null : Arguments.season(season);
      List<DataQualityReport> reports = withSpring(service -> select(service, leagueCode, seasonCode));
      spec.commandLine().getOut().print(QualityTable.render(reports));
      spec.commandLine().getOut().flush();
      return 0;
    } catch (InvalidArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return INVALID_ARGUMENTS;
    }
  }

  private static Flux<DataQualityReport> select(DataQualityService service, String leagueCode, String seasonCode) {
    if (leagueCode != null && seasonCode != null) {
      return service.report(leagueCode, seasonCode).flux();
    }
    return service.reports()
        .filter(report -> leagueCode == null || report.league().equals(leagueCode))
        .filter(report -> seasonCode == null || report.season().equals(seasonCode));
  }

  /** A Spring context without the web server, closed when the reports are read. */
  private List<DataQualityReport> withSpring(
      Function<DataQualityService, Flux<DataQualityReport>> query) {
    try (ConfigurableApplicationContext context = CommandContext.start(springArguments)) {
      return query.apply(context.getBean(DataQualityService.class)).collectList().block();
    }
  }
}
