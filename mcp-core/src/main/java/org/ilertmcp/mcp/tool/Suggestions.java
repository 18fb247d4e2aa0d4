package org.ilertmcp.mcp.tool;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** The known names closest to a name that was not found, for "did you mean" answers. */
public final class Suggestions {
  private static final LevenshteinDistance DISTANCE = new LevenshteinDistance();

  private Suggestions() {}

  /**
   * Up to {@code max} names from {@code known} that {@code wanted} plausibly meant, closest first:
   * the same name in another case or spelling ({@code alertId} for {@code alert_id}), one that
   * contains the other ({@code alert} in {@code alert_id}), or one a few edits away.
   */
  public static List<String> nearest(String wanted, Collection<String> known, int max) {
    String w = normalize(wanted);
    if (w.isEmpty()) {
      return List.of();
    }
    return known.stream()
        .filter(k -> score(w, normalize(k)) < Integer.MAX_VALUE)
        .sorted(Comparator.comparingInt((String k) -> score(w, normalize(k))).thenComparing(k -> k))
        .limit(max)
        .toList();
  }

  private static int score(String wanted, String known) {
    if (wanted.equals(known)) {
      return 0;
    }
    int distance = DISTANCE.apply(wanted, known);
    int allowed = Math.max(2, Math.min(wanted.length(), known.length()) / 3);
    if (distance <= allowed) {
      return distance;
    }
    if (wanted.length() >= 3 && (known.contains(wanted) || wanted.contains(known))) {
      return 10 + Math.abs(known.length() - wanted.length());
    }
    return Integer.MAX_VALUE;
  }

  /**
   * Lower case without separators: {@code alertId}, {@code alert-id} and {@code alert_id} agree.
   */
  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** " Did you mean `a` or `b`?" or the empty string when nothing is close. */
  public static String didYouMean(String wanted, Collection<String> known) {
    return phrase(nearest(wanted, known, 3));
  }

  /** " Did you mean `a` or `b`?" for these names, or the empty string for none. */
  public static String phrase(List<String> near) {
    if (near.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(" Did you mean ");
    for (int i = 0; i < near.size(); i++) {
      if (i > 0) {
        out.append(i == near.size() - 1 ? " or " : ", ");
      }
      out.append('`').append(near.get(i)).append('`');
    }
    return out.append('?').toString();
  }
}
