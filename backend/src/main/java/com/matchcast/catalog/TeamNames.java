package com.matchcast.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name normalization for matching clubs across sources: "Atlético Madrid", "ATLETICO MADRID"
 * and "Atletico-Madrid" become one key. Club-type affixes that sources add or drop at will
 * (FC, CF, AFC, SC, ...) are removed; words that tell clubs apart (B, II, 74, United, City)
 * are kept, because "Villarreal B" and "Granada 74" are different clubs.
 */
public final class TeamNames {

  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Set<String> AFFIXES = Set.of("fc", "cf", "afc", "sc", "ac", "cd", "ud", "sd", "rc", "ssc",
      "as", "us", "ss", "fk", "sk", "kv", "krc", "kaa", "rsc", "sv", "vfl", "vfb", "tsg", "bsc", "rcd", "ca",
      "club", "calcio", "sad", "jk");

  private TeamNames() {}

  public static String normalize(String name) {
    if (name == null) {
      return "";
    }
    String folded = Normalizer.normalize(name.replace('\u00a0', ' '), Normalizer.Form.NFD);
    folded = DIACRITICS.matcher(folded).replaceAll("").toLowerCase(Locale.ROOT)
        .replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ı", "i").replace("&", " and ");
    String[] words = NON_ALNUM.matcher(folded).replaceAll(" ").trim().split(" ");
    StringBuilder key = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty() || (AFFIXES.contains(word) && words.length > 1)) {
        continue;
      }
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(word);
    }
    return key.length() == 0 ? NON_ALNUM.matcher(folded).replaceAll(" ").trim() : key.toString();
  }
}
