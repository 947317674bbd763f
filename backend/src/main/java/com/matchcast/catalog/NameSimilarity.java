package com.matchcast.catalog;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * How alike two normalized club names are, from 0 to 1: the better of shared words and
 * edit distance, so that both "Brighton and Hove Albion" / "Brighton" and "Middlesboro" /
 * "Middlesbrough" score high. Used only to suggest candidates to a human, never to merge.
 */
final class NameSimilarity {

  private NameSimilarity() {}

  static double score(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    return Math.max(Math.max(wordOverlap(a, b), containment(a, b)), 1.0 - (double) editDistance(a, b) / Math.max(a.length(), b.length()));
  }

  private static double wordOverlap(String a, String b) {
    Set<String> wordsA = new HashSet<>(Arrays.asList(a.split(" ")));
    Set<String> wordsB = new HashSet<>(Arrays.asList(b.split(" ")));
    Set<String> union = new HashSet<>(wordsA);
    union.addAll(wordsB);
    wordsA.retainAll(wordsB);
    return (double) wordsA.size() / union.size();
  }

  /** "man united" inside "manchester united" style: one name's words start the other's. */
  private static double containment(String a, String b) {
    String[] shorter = (a.length() <= b.length() ? a : b).split(" ");
    String[] longer = (a.length() <= b.length() ? b : a).split(" ");
    int matched = 0;
    for (String word : shorter) {
      for (String other : longer) {
        if (other.startsWith(word) || word.startsWith(other)) {
          matched++;
          break;
        }
      }
    }
    return 0.9 * matched / Math.max(shorter.length, longer.length);
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
