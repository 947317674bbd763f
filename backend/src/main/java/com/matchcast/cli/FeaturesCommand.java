package com.matchcast.cli;

import com.matchcast.feature.FeatureCatalog;
import com.matchcast.feature.FeatureSource;
import com.matchcast.forecast.ForecastSetup;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the feature catalog, generated from the feature sources themselves. */
@Command(name = "features", mixinStandardHelpOptions = true,
    description = "Print the feature catalog: every feature's name, definition, source and first season.")
public class FeaturesCommand implements Callable<Integer> {

  enum Format { MARKDOWN, CSV }

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "MARKDOWN", description = "MARKDOWN or CSV (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    List<FeatureSource> sources = ForecastSetup.standardSources();
    spec.commandLine().getOut().print(format == Format.CSV ? FeatureCatalog.csv(sources) : FeatureCatalog.markdown(sources));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
