package com.matchcast.cli;

import com.matchcast.training.ModelTrainer;
import com.matchcast.training.PromotionRule;
import com.matchcast.training.TrainingRequest;
import com.matchcast.training.TrainingResult;
import java.io.PrintWriter;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Trains the 1X2 ensemble on everything stored up to now and registers it as a new model version. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Train the forecasting ensemble on the stored matches (run import first) and register the",
      "version (database row plus artifact in the model store). --promote makes it the served version."
    })
public class TrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--leagues", split = ",", defaultValue = "E0,SP1,D1,I1,F1", paramLabel = "CODES",
      description = "divisions that train the model (default: ${DEFAULT-VALUE})")
  List<String> leagues;

  @Option(names = "--training-window", defaultValue = "P12Y", paramLabel = "PERIOD",
      description = "how far back training matches reach (default: ${DEFAULT-VALUE})")
  Period trainingWindow;

  @Option(names = "--recency-half-life", defaultValue = "P0D", paramLabel = "PERIOD",
      description = "age at which a training match counts half; P0D (the default) for equal weights")
  Period recencyHalfLife;

  @Option(names = "--seed", defaultValue = "20240601", description = "seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--threads", defaultValue = "2", description = "native threads (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(names = "--promote", description = "make the new version the one that is served")
  boolean promote;

  @Unmatched List<String> springArguments = new ArrayList<>();

  @Override
  public Integer call() {
    try (ConfigurableApplicationContext context = CommandContext.start(springArguments)) {
      com.matchcast.model.LightGbmLearner.useThreads(threads);
      TrainingRequest request = new TrainingRequest(new LinkedHashSet<>(leagues), trainingWindow, recencyHalfLife,
          seed, threads, promote ? PromotionRule.ALWAYS : PromotionRule.NEVER);
      TrainingResult result = context.getBean(ModelTrainer.class).train(request).block();
      PrintWriter out = spec.commandLine().getOut();
      out.printf("Model version %d registered%s%n", result.versionId(), result.promoted() ? " and promoted" : "");
      out.printf("Trained on %d matches from %s to %s%n", result.trainingMatches(), result.trainedFrom(),
          result.trainedTo());
      out.printf("Combination: %s%n", result.combination());
      out.printf("Promotion: %s%n", result.promotionReason());
      out.printf("Rating history: %d points stored%n", result.ratingPoints());
      result.metrics().forEach((name, value) -> out.printf(Locale.ROOT, "  %-28s %.4f%n", name, value));
      out.flush();
      return 0;
    }
  }
}
