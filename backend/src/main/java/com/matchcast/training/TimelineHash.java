package com.matchcast.training;

import com.matchcast.ingest.ContentHash;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.UpcomingMatch;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A fingerprint of the matches a model was trained on, stored with the version for reproducibility. */
final class TimelineHash {

  private TimelineHash() {}

  static String of(List<TimelineMatch> played) {
    StringBuilder text = new StringBuilder(played.size() * 48);
    for (TimelineMatch m : played) {
      UpcomingMatch u = m.upcoming();
      text.append(u.division()).append(',').append(u.date()).append(',').append(u.homeClub()).append(',')
          .append(u.awayClub()).append(',').append(m.outcome().homeGoals()).append(',')
          .append(m.outcome().awayGoals()).append('\n');
    }
    return ContentHash.sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
