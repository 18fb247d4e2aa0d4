package org.ilertmcp.server.tools.analysis.shared;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A deterministic similarity of two alert summaries: the Jaccard index of their word sets, after
 * lower-casing and turning every digit into {@code #} so that "disk 91% on legacy-2" and "disk 95%
 * on legacy-7" compare as equal. 1.0 means the same words, 0.0 none in common.
 */
public final class TextSimilarity {
  /** The score from which two summaries count as similar. */
  public static final double SIMILAR = 0.5;

  private TextSimilarity() {}

  /** The Jaccard index of the normalised word sets of {@code a} and {@code b}. */
  public static double of(String a, String b) {
    Set<String> left = words(a);
    Set<String> right = words(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(left);
    common.retainAll(right);
    Set<String> union = new HashSet<>(left);
    union.addAll(right);
    return (double) common.size() / union.size();
  }

  /** The normalised words of a text: lower case, digits as {@code #}, split on non-letters. */
  static Set<String> words(String text) {
    Set<String> out = new HashSet<>();
    if (text == null) {
      return out;
    }
    String normal = text.toLowerCase(Locale.ROOT).replaceAll("\\d+", "#");
    for (String w : normal.split("[^\\p{L}#]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
