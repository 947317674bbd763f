package com.matchcast.match;

import java.util.List;

/** One Relay-style page of matches. */
public record MatchConnection(long totalCount, List<MatchEdge> edges, PageInfo pageInfo) {

  public record MatchEdge(String cursor, Match node) {}

  public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

  /** {@code fetched} holds up to one match more than the page size, which tells whether a next page exists. */
  public static MatchConnection of(List<Match> fetched, int pageSize, long totalCount, boolean afterCursor) {
    List<MatchEdge> edges = fetched.stream().limit(pageSize)
        .map(match -> new MatchEdge(MatchCursor.after(match).encode(), match)).toList();
    String start = edges.isEmpty() ? null : edges.get(0).cursor();
    String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
    return new MatchConnection(totalCount, edges, new PageInfo(fetched.size() > pageSize, afterCursor, start, end));
  }
}
