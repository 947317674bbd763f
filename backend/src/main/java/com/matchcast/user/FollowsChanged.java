package com.matchcast.user;

import com.matchcast.events.MatchcastEvent;

/** A user followed or unfollowed something: their open followed-only subscriptions read their follows again. */
public record FollowsChanged(String userId) implements MatchcastEvent {

  @Override
  public String league() {
    return null;
  }
}
