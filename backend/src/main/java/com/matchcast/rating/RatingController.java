package com.matchcast.rating;

import com.matchcast.catalog.Team;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * A club's rating history for charts. The histories of every club on a page are loaded in one
 * query through a data loader keyed by club and rating system.
 */
@Controller
public class RatingController {

  public RatingController(RatingHistoryQueries queries, BatchLoaderRegistry registry) {
    registry.<RatingHistoryQueries.Key, List<RatingPoint>>forName("teamRatingHistory")
        .registerMappedBatchLoader((keys, env) -> queries.histories(keys));
  }

  @SchemaMapping(typeName = "Team")
  public CompletableFuture<List<RatingPoint>> ratingHistory(Team team, @Argument RatingSystem system,
      DataLoader<RatingHistoryQueries.Key, List<RatingPoint>> teamRatingHistory) {
    return teamRatingHistory.load(new RatingHistoryQueries.Key(team.id(), system.name()));
  }
}
