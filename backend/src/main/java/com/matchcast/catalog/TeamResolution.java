package com.matchcast.catalog;

import java.util.List;

/** Result of looking up a source's spelling of a club. */
public sealed interface TeamResolution {

  /** The name is a known alias of this club. */
  record Known(long teamId, String canonicalName) implements TeamResolution {}

  /** No club has this name; the closest known clubs of the country, best first. */
  record Unknown(String name, List<String> candidates) implements TeamResolution {}
}
