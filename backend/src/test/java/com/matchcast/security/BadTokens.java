package com.matchcast.security;

import com.matchcast.security.dev.DevTokens;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/** Tokens the server must refuse, each wrong in one way only, all claiming the admin scope. */
final class BadTokens {

  private final DevTokens tokens;

  BadTokens(DevTokens tokens) {
    this.tokens = tokens;
  }

  static JWTClaimsSet.Builder adminClaims(Instant issuedAt, Duration lifetime) {
    return new JWTClaimsSet.Builder().issuer(DevTokens.ISSUER).audience(DevTokens.AUDIENCE).subject("mallory")
        .claim("scope", "matchcast:user matchcast:admin").issueTime(Date.from(issuedAt))
        .expirationTime(Date.from(issuedAt.plus(lifetime)));
  }

  /** Expired ten minutes ago (beyond the one minute of clock skew allowed). */
  String expired(Instant expiredAt) {
    return tokens.sign(adminClaims(expiredAt.minus(Duration.ofHours(1)), Duration.ofHours(1)).build());
  }

  /** Right claims, signed with a key of its own. */
  String forged() {
    try {
      RSAKey other = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(other.getKeyID()).build(),
          adminClaims(Instant.now(), Duration.ofHours(1)).build());
      jwt.sign(new RSASSASigner(other));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  String wrongAudience() {
    return tokens.sign(adminClaims(Instant.now(), Duration.ofHours(1)).audience("someone-else").build());
  }

  String wrongIssuer() {
    return tokens.sign(adminClaims(Instant.now(), Duration.ofHours(1)).issuer("https://issuer.example").build());
  }

  /** Unsigned: {@code "alg": "none"}. */
  String unsigned() {
    return new PlainJWT(adminClaims(Instant.now(), Duration.ofHours(1)).build()).serialize();
  }
}
