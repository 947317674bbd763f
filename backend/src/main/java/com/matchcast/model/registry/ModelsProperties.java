package com.matchcast.model.registry;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Model settings under {@code matchcast.models}.
 *
 * @param dir     the model store: artifacts of registered versions (default {@code ${matchcast.data-dir}/models})
 * @param threads threads of the model executor
 */
@ConfigurationProperties("matchcast.models")
public record ModelsProperties(Path dir, Integer threads) {}
