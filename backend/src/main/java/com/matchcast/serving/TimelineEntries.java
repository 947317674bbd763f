package com.matchcast.serving;

import com.matchcast.matchdata.MatchRecord;
import com.matchcast.matchdata.MatchStatus;
import com.matchcast.timeline.KickoffPrices;
import com.matchcast.timeline.TimelineMatch;
import com.matchcast.timeline.TimelineReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The refresh's timeline entries, each as its look would make it: from what the clock shows of the
 * match, with the prices a forecast made now would see (closing ones once shown).
 *
 * <p>Most stored matches are shown whole: played long enough ago that the result is in, so
 * {@link Visibility#at} hands back the stored record itself. Such an entry depends on the record
 * alone, so it is made once per stored record and kept (by the record's position among the stored
 * records, which a reload replaces), instead of again at every look: on a store of twenty seasons,
 * rebuilding them was most of a look's time. A match the clock shows only
 * in part is made afresh at each look from what is shown, so nothing kept can carry what the clock
 * hides: the kept entry is used only when this look sees the very record it was made from.
 */
final class TimelineEntries {

  private static final Set<MatchStatus> CALLED_OFF = EnumSet.of(MatchStatus.POSTPONED, MatchStatus.CANCELLED);

  private final TimelineReader reader = new TimelineReader();
  /** The records the kept entries were made from, and the entries by the record's position in them. */
  private List<MatchRecord> keptFor = List.of();
  private TimelineMatch[] whole = new TimelineMatch[0];
  private int kept;

  /**
   * What one look sees.
   *
   * @param timeline  every match the clock shows that is not called off, numbered in timeline order
   * @param positions for each entry of the timeline, its record's position among the stored records
   * @param calledOff matches the clock shows postponed or cancelled
   */
  record Seen(List<TimelineMatch> timeline, int[] positions, List<MatchRecord> calledOff) {

    /** The position in the stored records of the match at {@code index} of the timeline. */
    int position(int index) {
      return positions[index];
    }
  }

  /**
   * The timeline of a look at {@code now}.
   *
   * @param ordered the stored records in {@link TimelineReader#ORDER}: what the clock shows of a
   *                match keeps its day, kick-off, division and home team, so the timeline needs no
   *                sorting
   */
  Seen seen(List<MatchRecord> ordered, Instant now) {
    if (ordered != keptFor) {
      keptFor = ordered;
      whole = new TimelineMatch[ordered.size()];
      kept = 0;
    }
    List<TimelineMatch> timeline = new ArrayList<>(ordered.size());
    int[] positions = new int[ordered.size()];
    List<MatchRecord> calledOff = new ArrayList<>();
    for (int position = 0; position < ordered.size(); position++) {
      MatchRecord stored = ordered.get(position);
      MatchRecord visible = Visibility.at(stored, now);
      if (visible == null) {
        continue;
      }
      if (CALLED_OFF.contains(visible.status())) {
        calledOff.add(visible);
        continue;
      }
      int index = timeline.size();
      positions[index] = position;
      if (visible != stored) {
        timeline.add(KickoffPrices.atKickoff(reader.entry(index, visible)));
        continue;
      }
      TimelineMatch entry = whole[position];
      if (entry == null) {
        entry = KickoffPrices.atKickoff(reader.entry(index, stored));
        whole[position] = entry;
        kept++;
      }
      timeline.add(entry.at(index));
    }
    return new Seen(timeline, positions, calledOff);
  }

  /** How many entries are kept. */
  int kept() {
    return kept;
  }
}
