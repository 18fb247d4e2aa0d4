package org.ilertmcp.server.observe;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * ilert API paths as metric labels: ids become {@code {id}} ({@code /alerts/1234} → {@code
 * /alerts/{id}}), and at most {@link #MAX_TEMPLATES} distinct templates are ever labelled, later
 * ones count as {@code other}, so no argument an agent passes can grow the label set without bound.
 */
final class PathTemplates {
  /** Distinct path labels at most; ilert's API has about 100 operations. */
  static final int MAX_TEMPLATES = 200;

  /** The label of paths beyond the limit. */
  static final String OTHER = "other";

  /** A literal segment of ilert's API: lowercase words joined by dashes. */
  private static final Pattern LITERAL = Pattern.compile("[a-z]+(-[a-z]+)*");

  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  /** The label for {@code path} (without query string). */
  String of(String path) {
    StringBuilder template = new StringBuilder();
    for (String segment : path.split("/")) {
      if (segment.isEmpty()) {
        continue;
      }
      template.append('/').append(LITERAL.matcher(segment).matches() ? segment : "{id}");
    }
    String label = template.length() == 0 ? "/" : template.toString();
    if (seen.contains(label)) {
      return label;
    }
    if (seen.size() >= MAX_TEMPLATES) {
      return OTHER;
    }
    seen.add(label);
    return label;
  }
}
