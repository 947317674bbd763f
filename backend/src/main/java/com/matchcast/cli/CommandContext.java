package com.matchcast.cli;

import com.matchcast.MatchcastApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the backend without its web server or schedules, for one-shot commands. Same
 * configuration as {@code serve}, so a command sees the same database.
 */
final class CommandContext {

  private CommandContext() {}

  /** @param springArguments Spring arguments such as {@code --matchcast.data-dir=/tmp/x}; they win over defaults */
  static ConfigurableApplicationContext start(List<String> springArguments) {
    List<String> arguments = new ArrayList<>(List.of("--matchcast.scheduling.enabled=false",
        "--matchcast.bootstrap.enabled=false", "--spring.main.log-startup-info=false", "--logging.level.root=WARN",
        // long-running work reports its progress even though the framework's chatter is off
        "--logging.level.com.matchcast.training=INFO"));
    arguments.addAll(springArguments);
    return new SpringApplicationBuilder(MatchcastApplication.class)
        .web(WebApplicationType.NONE)
        .run(arguments.toArray(String[]::new));
  }
}
