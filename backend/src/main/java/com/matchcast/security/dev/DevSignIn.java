package com.matchcast.security.dev;

import com.matchcast.security.SecuritySettings;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;

/**
 * {@code POST /dev/sign-in} with {@code {"user": "ann", "admin": false}}: the web app's sign-in
 * on the embedded default. No password: whoever reaches it may be anyone, admin included, so by
 * default only clients on this machine may use it.
 */
final class DevSignIn {

  static final String PATH = "/dev/sign-in";

  private final DevTokens tokens;
  private final SecuritySettings.DevIssuer settings;

  DevSignIn(DevTokens tokens, SecuritySettings.DevIssuer settings) {
    this.tokens = tokens;
    this.settings = settings;
  }

  /** What the client sends. */
  record SignInRequest(String user, Boolean admin) {}

  Mono<ServerResponse> handle(ServerRequest request) {
    if (settings.signIn() == SecuritySettings.SignIn.LOCAL && !fromThisMachine(request)) {
      return refuse(HttpStatus.FORBIDDEN, "FORBIDDEN", "The development sign-in answers clients on the server's"
          + " machine only (MATCHCAST_DEV_SIGN_IN=ANYONE opens it); use the token command there.");
    }
    return request.bodyToMono(SignInRequest.class)
        .flatMap(body -> {
          DevTokens.Issued issued;
          try {
            issued = tokens.issue(body.user(), Boolean.TRUE.equals(body.admin()), settings.tokenLifetime());
          } catch (IllegalArgumentException e) {
            return refuse(HttpStatus.BAD_REQUEST, "BAD_REQUEST", e.getMessage());
          }
          return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of(
              "accessToken", issued.token(), "tokenType", "Bearer", "user", issued.user(), "scope", issued.scope(),
              "expiresAt", issued.expiresAt().toString()));
        })
        .onErrorResume(ServerWebInputException.class, unreadable -> Mono.empty())
        .switchIfEmpty(Mono.defer(() -> refuse(HttpStatus.BAD_REQUEST, "BAD_REQUEST",
            "Send {\"user\": \"name\", \"admin\": false} as JSON.")));
  }

  private static boolean fromThisMachine(ServerRequest request) {
    return request.remoteAddress().map(InetSocketAddress::getAddress)
        .map(address -> address.isLoopbackAddress()).orElse(false);
  }

  private static Mono<ServerResponse> refuse(HttpStatus status, String classification, String message) {
    return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON)
        .bodyValue(Map.of("errors", List.of(Map.of("message", message,
            "extensions", Map.of("classification", classification)))));
  }
}
