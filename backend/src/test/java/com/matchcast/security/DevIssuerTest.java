package com.matchcast.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.matchcast.security.dev.DevSigningKey;
import com.matchcast.support.EmbeddedDatabaseTest;
import com.matchcast.support.SignedIn;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The embedded default's development issuer: its public key is published (and only the public
 * part), and the web app's sign-in gives tokens the API accepts.
 */
@EmbeddedDatabaseTest
class DevIssuerTest {

  @LocalServerPort int port;
  @Autowired DevSigningKey key;

  @Test
  @SuppressWarnings("unchecked")
  void theJwkSetPublishesThePublicKeyOnly() {
    Map<String, Object> jwks = http().get().uri("/.well-known/jwks.json").exchange()
        .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

    List<Map<String, Object>> keys = (List<Map<String, Object>>) jwks.get("keys");
    assertThat(keys).hasSize(1);
    assertThat(keys.get(0)).containsOnlyKeys("kty", "use", "kid", "n", "e")
        .containsEntry("kty", "RSA").containsEntry("use", "sig").containsEntry("kid", key.publicKey().getKeyID());
  }

  @Test
  @SuppressWarnings("unchecked")
  void theSignInGivesATokenTheApiAccepts() {
    Map<String, Object> signedIn = signIn(Map.of("user", "ann", "admin", true)).expectStatus().isOk()
        .expectBody(Map.class).returnResult().getResponseBody();

    assertThat(signedIn).containsOnlyKeys("accessToken", "tokenType", "user", "scope", "expiresAt")
        .containsEntry("tokenType", "Bearer").containsEntry("user", "ann")
        .containsEntry("scope", "matchcast:user matchcast:admin");
    Map<String, Object> me = SignedIn.graphQl(port, (String) signedIn.get("accessToken"))
        .document("{ me { id admin followedTeams { id } } }").execute().path("me").entity(Map.class).get();
    assertThat(me).isEqualTo(Map.of("id", "ann", "admin", true, "followedTeams", List.of()));
  }

  @Test
  void aUserWithoutAdminGetsTheUserScopeOnly() {
    signIn(Map.of("user", "bob")).expectStatus().isOk().expectBody()
        .jsonPath("$.scope").isEqualTo("matchcast:user");
  }

  @Test
  void anUnusableUserNameIsABadRequest() {
    signIn(Map.of("user", "ann smith")).expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
        .jsonPath("$.errors[0].message").isEqualTo("a user name is 1 to 64 letters, digits or . _ @ - (starting"
            + " with a letter or digit), got 'ann smith'");
  }

  @Test
  void aBodyThatIsNotJsonIsABadRequest() {
    http().post().uri("/dev/sign-in").contentType(MediaType.APPLICATION_JSON).bodyValue("user=ann").exchange()
        .expectStatus().isBadRequest().expectBody()
        .jsonPath("$.errors[0].message").isEqualTo("Send {\"user\": \"name\", \"admin\": false} as JSON.");
  }

  @Test
  void aClientOnAnotherMachineCannotSignIn() throws Exception {
    InetAddress ownNetworkAddress = NetworkInterface.networkInterfaces()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()).findFirst().orElse(null);
    assertThat(ownNetworkAddress).as("this machine has a network address besides the loopback (the test needs one)").isNotNull();

    // Reaching the server through its network address makes this client look remote to it.
    WebTestClient.bindToServer().baseUrl("http://" + ownNetworkAddress.getHostAddress() + ":" + port).build()
        .post().uri("/dev/sign-in").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("user", "eve", "admin", true))
        .exchange()
        .expectStatus().isForbidden().expectBody()
        .jsonPath("$.errors[0].extensions.classification").isEqualTo("FORBIDDEN")
        .jsonPath("$.errors[0].message").isEqualTo("The development sign-in answers clients on the server's machine"
            + " only (MATCHCAST_DEV_SIGN_IN=ANYONE opens it); use the token command there.");
  }

  private WebTestClient.ResponseSpec signIn(Map<String, Object> body) {
    return http().post().uri("/dev/sign-in").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
  }

  private WebTestClient http() {
    return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
  }
}
