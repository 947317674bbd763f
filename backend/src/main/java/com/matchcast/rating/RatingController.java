package com.matchcast.rating;

import com.matchcast.catalog.Team;
import com.matchcast.serving.ServingHorizon;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * A club's rating history for charts. The histories of every club on a page are loaded in one
 * query through a data loader keyed by club and rating system. A point carries only its match's
 * day, so a replay shows it from the first day by which every match of that day has finished:
 * a rating after a match the replay's clock has not seen finish would give its result away.
 */
@Controller
public class RatingController {

  public RatingController(RatingHistoryQueries queries, ServingHorizon horizon, BatchLoaderRegistry registry) {
    registry.<RatingHistoryQueries.Key, List<RatingPoint>>forName("teamRatingHistory")
        .registerMappedBatchLoader((keys, env) -> queries.histories(keys, horizon.view().results().firstOpenDay()));
  }

  @SchemaMapping(typeName = "Team")
  public CompletableFuture<List<RatingPoint>> ratingHistory(Team team, @Argument RatingSystem system,
      DataLoader<RatingHistoryQueries.Key, List<RatingPoint>> teamRatingHistory) {
    return teamRatingHistory.load(new RatingHistoryQueries.Key(team.id(), system.name()));
  }
}
