package com.matchcast.security.dev;

import com.matchcast.security.Scopes;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Signs the development issuer's access tokens. Issuer and audience are fixed names, not URLs
 * with a port, so a token made by the command line works against a server on any port.
 */
public final class DevTokens {

  /** The {@code iss} of every development token. */
  public static final String ISSUER = "matchcast-dev";
  /** The {@code aud} every token must carry, from the development issuer or any other. */
  public static final String AUDIENCE = "matchcast";
  /** The claim naming the OAuth2 client a token was issued to (RFC 9068). */
  public static final String CLIENT_ID_CLAIM = "client_id";
  /** How long a token is valid unless asked otherwise. */
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(12);

  // The subject becomes the user id in the database and in logs: keep it plain.
  private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

  private final DevSigningKey key;
  private final Clock clock;

  public DevTokens(DevSigningKey key, Clock clock) {
    this.key = key;
    this.clock = clock;
  }

  /** A token as issued. */
  public record Issued(String token, String user, String scope, Instant expiresAt) {}

  /**
   * A token for this user; admins also get {@link Scopes#ADMIN}.
   *
   * @throws IllegalArgumentException when the user name is not 1 to 64 letters, digits or . _ @ -
   */
  public Issued issue(String user, boolean admin, Duration lifetime) {
    if (user == null || !USER_NAME.matcher(user).matches()) {
      throw new IllegalArgumentException("a user name is 1 to 64 letters, digits or . _ @ - (starting with a letter"
          + " or digit), got '" + user + "'");
    }
    checkLifetime(lifetime);
    String scope = admin ? Scopes.USER + " " + Scopes.ADMIN : Scopes.USER;
    Instant now = clock.instant();
    Instant expiresAt = now.plus(lifetime);
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(user)
        .claim("scope", scope)
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(expiresAt))
        .jwtID(UUID.randomUUID().toString())
        .build();
    return new Issued(sign(claims), user, scope, expiresAt);
  }

  /**
   * A client-credentials style token for a third-party client, shaped as RFC 9068 access tokens
   * are: the client is both the subject and the {@code client_id}, with scope {@link Scopes#READ}.
   * The rate limits count its requests against the client's own plan.
   *
   * @throws IllegalArgumentException when the client id is not 1 to 64 letters, digits or . _ @ -
   */
  public Issued issueForClient(String clientId, Duration lifetime) {
    if (clientId == null || !USER_NAME.matcher(clientId).matches()) {
      throw new IllegalArgumentException("a client id is 1 to 64 letters, digits or . _ @ - (starting with a letter"
          + " or digit), got '" + clientId + "'");
    }
    checkLifetime(lifetime);
    Instant now = clock.instant();
    Instant expiresAt = now.plus(lifetime);
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .subject(clientId)
        .claim(CLIENT_ID_CLAIM, clientId)
        .claim("scope", Scopes.READ)
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(expiresAt))
        .jwtID(UUID.randomUUID().toString())
        .build();
    return new Issued(sign(claims), clientId, Scopes.READ, expiresAt);
  }

  private static void checkLifetime(Duration lifetime) {
    if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(Duration.ofDays(30)) > 0) {
      throw new IllegalArgumentException("a token lives more than 0 and at most 30 days, got " + lifetime);
    }
  }

  /** Signs any claims with the development key: tests use it for tokens the issuer would never make. */
  public String sign(JWTClaimsSet claims) {
    JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
        .keyID(key.signingKey().getKeyID()).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new RSASSASigner(key.signingKey()));
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign with the development key", e);
    }
    return jwt.serialize();
  }
}
