package com.matchcast.serving;

import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.timeline.KickoffPrices;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.TimelineReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The refresh's timeline entries, each as its look would make it: from what the clock shows of the
 * match, with the prices a forecast made now would see (closing ones once shown).
 *
 * <p>Most stored matches are shown whole: played long enough ago that the result is in, so
 * {@link Visibility#at} hands back the stored record itself. Such an entry depends on the record
 * alone, so it is made once per stored record and kept, instead of again at every look (on a
 * store of twenty seasons, rebuilding them was most of a look's time). A match the clock shows only
 * in part is made afresh at each look from what is shown, so nothing kept can carry what the clock
 * hides: the kept entry is used only when this look sees the very record it was made from.
 */
final class TimelineEntries {

  private static final Set<MatchStatus> CALLED_OFF = EnumSet.of(MatchStatus.POSTPONED, MatchStatus.CANCELLED);

  private final TimelineReader reader = new TimelineReader();
  private final Map<MatchRecord, TimelineMatch> whole = new IdentityHashMap<>();

  /**
   * What one look sees.
   *
   * @param timeline  every match the clock shows that is not called off, numbered in timeline order
   * @param calledOff matches the clock shows postponed or cancelled
   */
  record Seen(List<TimelineMatch> timeline, List<MatchRecord> calledOff) {}

  /**
   * The timeline of a look at {@code now}.
   *
   * @param ordered the stored records in {@link TimelineReader#ORDER}: what the clock shows of a
   *                match keeps its day, kick-off, division and home team, so the timeline needs no
   *                sorting
   */
  Seen seen(List<MatchRecord> ordered, Instant now) {
    List<TimelineMatch> timeline = new ArrayList<>(ordered.size());
    List<MatchRecord> calledOff = new ArrayList<>();
    for (MatchRecord r : ordered) {
      MatchRecord visible = Visibility.at(r, now);
      if (visible == null) {
        continue;
      }
      if (CALLED_OFF.contains(visible.status())) {
        calledOff.add(visible);
      } else {
        timeline.add(entry(timeline.size(), visible, r));
      }
    }
    return new Seen(timeline, calledOff);
  }

  /**
   * @param index   the entry's position in this look's timeline
   * @param visible what the clock shows of the match now
   * @param stored  the stored record: the same object when the clock shows it whole
   */
  private TimelineMatch entry(int index, MatchRecord visible, MatchRecord stored) {
    if (visible != stored) {
      return KickoffPrices.atKickoff(reader.entry(index, visible));
    }
    return whole.computeIfAbsent(stored, r -> KickoffPrices.atKickoff(reader.entry(index, r))).at(index);
  }

  /** The stored records were read again: entries of the old ones are never asked for again. */
  void clear() {
    whole.clear();
  }

  int kept() {
    return whole.size();
  }
}
