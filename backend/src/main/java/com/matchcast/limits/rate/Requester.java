package com.matchcast.limits.rate;

import com.matchcast.limits.LimitSettings;
import com.matchcast.limits.LimitSettings.RatePlan;
import com.matchcast.security.TokenHolder;
import java.net.InetSocketAddress;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Whose budget a request spends: a third-party client's (a client-credentials token, named by
 * {@link TokenHolder}), a signed-in user's (the token's subject: a user's token that also names
 * the web app's client spends the user's budget, not a budget shared by every user of that app),
 * or an address's when no token was sent.
 *
 * @param key         the bucket's name: {@code client:ID}, {@code user:SUBJECT} or {@code address:IP}
 * @param plan        the budget
 * @param description how the refusal names the requester
 */
record Requester(String key, RatePlan plan, String description) {

  static Requester of(Authentication authentication, ServerHttpRequest request, LimitSettings.Rate settings) {
    if (authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()) {
      String client = TokenHolder.clientOf(token.getToken());
      if (client != null) {
        return new Requester("client:" + client, settings.planOf(client), "client " + client);
      }
      return new Requester("user:" + token.getName(), settings.signedIn(), "user " + token.getName());
    }
    String address = address(request, settings.trustedProxies());
    return new Requester("address:" + address, settings.anonymous(), "address " + address);
  }

  /**
   * The client's address: the connection's peer, or behind n trusted proxies the n-th address
   * from the right of X-Forwarded-For (each proxy appends the address it saw; those on the left
   * were written by the client and prove nothing).
   */
  static String address(ServerHttpRequest request, int trustedProxies) {
    if (trustedProxies > 0) {
      List<String> forwarded = request.getHeaders().getValuesAsList("X-Forwarded-For");
      if (forwarded.size() >= trustedProxies) {
        return forwarded.get(forwarded.size() - trustedProxies).trim();
      }
    }
    InetSocketAddress peer = request.getRemoteAddress();
    return peer == null || peer.getAddress() == null ? "unknown" : peer.getAddress().getHostAddress();
  }
}
