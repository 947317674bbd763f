package com.matchcast.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The name this instance goes by among the others: its event stream consumer group, the origin of
 * the events it publishes. Stable across restarts (MATCHCAST_INSTANCE_ID, else host name and port),
 * so that a restarted instance resumes reading where it stopped.
 */
public record InstanceIdentity(String id) {

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
      return new InstanceIdentity(configured.trim());
    }
    String suffix = port > 0 ? String.valueOf(port) : UUID.randomUUID().toString().substring(0, 8);
    return new InstanceIdentity(hostName() + "-" + suffix);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
