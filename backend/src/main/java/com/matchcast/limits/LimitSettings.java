package com.matchcast.limits;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits against abuse, under {@code matchcast.limits}; defaults and errors documented in README.md
 * (Limits). Every value can be set from the environment by Spring's relaxed names, for example
 * {@code MATCHCAST_LIMITS_MAX_COMPLEXITY} or {@code MATCHCAST_LIMITS_RATE_ANONYMOUS_REQUESTS}.
 *
 * @param maxCharacters       characters of one GraphQL document
 * @param maxTokens           grammar tokens of one document (names, punctuation, values)
 * @param maxDepth            nesting of fields in one operation
 * @param maxComplexity       estimated cost of one operation: every field costs 1, and a page argument
 *                            ({@code first}, {@code last}, {@code limit}) multiplies the cost of what is below it
 * @param maxRootFields       fields at the top of one operation, aliases included
 * @param maxAliasesPerField  aliases under which one field of one type appears in one operation
 * @param requestTimeout      a query or mutation still running after this is cancelled
 * @param rate                requests per client over time
 */
@ConfigurationProperties("matchcast.limits")
public record LimitSettings(Integer maxCharacters, Integer maxTokens, Integer maxDepth, Integer maxComplexity,
    Integer maxRootFields, Integer maxAliasesPerField, Duration requestTimeout, Rate rate) {

  public LimitSettings {
    maxCharacters = positive("max-characters", maxCharacters, 20_000);
    maxTokens = positive("max-tokens", maxTokens, 2_000);
    maxDepth = positive("max-depth", maxDepth, 15);
    maxComplexity = positive("max-complexity", maxComplexity, 10_000);
    maxRootFields = positive("max-root-fields", maxRootFields, 30);
    maxAliasesPerField = positive("max-aliases-per-field", maxAliasesPerField, 30);
    requestTimeout = positive("request-timeout", requestTimeout, Duration.ofSeconds(10));
    rate = rate == null ? new Rate(null, null, null, null, null, null, null) : rate;
  }

  /**
   * Token buckets per client: a signed-in user by the token's subject, a third-party client by the
   * token's {@code client_id}, anyone else by address.
   *
   * @param enabled        false turns rate limiting off (tests of other features do)
   * @param trustedProxies reverse proxies in front of the app that append to X-Forwarded-For; 0: the header is
   *                       ignored (anyone could write it), n: the client is the n-th address from its right
   * @param anonymous      the budget of one address without a token
   * @param signedIn       the budget of one signed-in user
   * @param client         the budget of a third-party client without a plan of its own
   * @param clients        plans of named third-party clients, by client id
   * @param redisKeyPrefix where the buckets live in Redis when MATCHCAST_REDIS_URL is set
   */
  public record Rate(Boolean enabled, Integer trustedProxies, RatePlan anonymous, RatePlan signedIn,
      RatePlan client, Map<String, RatePlan> clients, String redisKeyPrefix) {

    public Rate {
      enabled = enabled == null || enabled;
      trustedProxies = trustedProxies == null ? 0 : trustedProxies;
      if (trustedProxies < 0) {
        throw new IllegalArgumentException("matchcast.limits.rate.trusted-proxies must be 0 or more, got "
            + trustedProxies);
      }
      anonymous = anonymous == null ? new RatePlan(60, Duration.ofMinutes(1)) : anonymous;
      signedIn = signedIn == null ? new RatePlan(300, Duration.ofMinutes(1)) : signedIn;
      client = client == null ? new RatePlan(600, Duration.ofMinutes(1)) : client;
      clients = clients == null ? Map.of() : Map.copyOf(clients);
      redisKeyPrefix = redisKeyPrefix == null || redisKeyPrefix.isBlank() ? "matchcast:rate:" : redisKeyPrefix;
    }

    /** A named client's own plan, else the plan of clients without one. */
    public RatePlan planOf(String clientId) {
      return clients.getOrDefault(clientId, client);
    }
  }

  /**
   * A budget: {@code requests} at once, refilled evenly over {@code per} (60 per 1m: a burst of 60,
   * then one a second).
   */
  public record RatePlan(Integer requests, Duration per) {

    public RatePlan {
      requests = positive("rate.*.requests", requests, 60);
      per = positive("rate.*.per", per, Duration.ofMinutes(1));
    }

    @Override
    public String toString() {
      return requests + " per " + per.toString().substring(2).toLowerCase(Locale.ROOT);
    }
  }

  private static int positive(String name, Integer value, int fallback) {
    if (value == null) {
      return fallback;
    }
    if (value <= 0) {
      throw new IllegalArgumentException("matchcast.limits." + name + " must be positive, got " + value);
    }
    return value;
  }

  private static Duration positive(String name, Duration value, Duration fallback) {
    if (value == null) {
      return fallback;
    }
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("matchcast.limits." + name + " must be positive, got " + value);
    }
    return value;
  }
}
