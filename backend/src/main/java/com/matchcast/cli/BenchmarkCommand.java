package com.matchcast.cli;

import com.matchcast.timeline.StoredTimeline;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.model.registry.LoadedModel;
import com.matchcast.model.registry.ModelRegistry;
import com.matchcast.prediction.PredictionBenchmark;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Unmatched;

/** How long serving one forecast with its explanation takes, on the stored matches and the served model. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the latency of one served forecast with its explanation (warm feature state, served",
      "model): the state learns every result before --day, then each match of the following week is",
      "forecast --rounds times. Needs imported matches and a served model (run import and train first)."
    })
public class BenchmarkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--day", defaultValue = "2023-08-11", description = "first day forecast (default: ${DEFAULT-VALUE})")
  LocalDate day;

  @Option(names = "--rounds", defaultValue = "20", description = "forecasts of each match (default: ${DEFAULT-VALUE})")
  int rounds;

  @Unmatched List<String> springArguments = new ArrayList<>();

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context = CommandContext.start(springArguments)) {
      ModelRegistry registry = context.getBean(ModelRegistry.class);
      List<TimelineMatch> timeline = context.getBean(StoredTimeline.class).read().block();
      try (LoadedModel model = registry.promoted().flatMap(v -> registry.load(v.id())).blockOptional()
          .orElseThrow(() -> new IllegalStateException("no model is served: run train --promote first"))) {
        PredictionBenchmark.Result r = new PredictionBenchmark().run(timeline, model, day, rounds);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Forecasts measured: %d (model version %d, week from %s)%n", r.forecasts(),
            model.version().id(), day);
        out.printf(Locale.ROOT, "Feature state warm-up: %.1f s%n", r.warmUpSeconds());
        out.printf(Locale.ROOT, "One forecast with its explanation: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
            r.p50(), r.p95(), r.p99(), r.max());
        out.flush();
      }
      return 0;
    }
  }
}
