package com.matchcast.timeline;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Everything known about a match before kick-off, and nothing more: no result, no statistics,
 * no closing prices. Features are computed from this type alone, so leakage of post-kick-off
 * information is ruled out by the compiler rather than by care.
 *
 * @param index     position in the timeline (date order), unique within one timeline
 * @param homeTeam  the home team's name exactly as the source wrote it
 * @param homeClub  a stable key for the club across spellings and seasons (see {@link ClubKeys})
 * @param kickoffUtc kick-off in UTC, or null when only the date is known
 */
public record UpcomingMatch(
    int index,
    String division,
    String season,
    LocalDate date,
    LocalDateTime kickoffUtc,
    String homeTeam,
    String awayTeam,
    String homeClub,
    String awayClub,
    PreMatchPrices prices) {}
