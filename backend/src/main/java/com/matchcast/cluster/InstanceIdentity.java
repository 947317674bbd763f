package com.matchcast.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The name this instance goes by among the others: its event stream consumer group, the origin of
 * the events it publishes. Stable across restarts (MATCHCAST_INSTANCE_ID, else host name and port),
 * so that a restarted instance resumes reading where it stopped.
 */
public record InstanceIdentity(String id, boolean stable) {

  /** A configured id (or the test's own): the same after a restart. */
  public InstanceIdentity(String id) {
    this(id, true);
  }

  public InstanceIdentity {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an instance id must not be blank");
    }
  }

  /**
   * The configured id, else host-port; a random port (0, as in tests) gives a random suffix
   * instead, since two instances on one host would otherwise share "host-0".
   */
  public static InstanceIdentity of(String configured, int port) {
    if (configured != null && !configured.isBlank()) {
      return new InstanceIdentity(configured.trim(), true);
    }
    if (port > 0) {
      return new InstanceIdentity(hostName() + "-" + port, true);
    }
    return new InstanceIdentity(hostName() + "-" + UUID.randomUUID().toString().substring(0, 8), false);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
