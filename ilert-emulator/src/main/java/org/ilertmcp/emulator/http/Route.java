package org.ilertmcp.emulator.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A method plus a path template like {@code /alerts/{id}/accept} (relative to /api). */
public record Route(String method, String template, Access access, Endpoint endpoint) {

  /** The template's segments. */
  List<String> segments() {
    return List.of(template.substring(1).split("/"));
  }

  /**
   * Path parameters if the path's segments match {@code mine} (this route's segments), else null.
   */
  static Map<String, String> match(List<String> mine, List<String> pathSegments) {
    if (mine.size() != pathSegments.size()) {
      return null;
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < mine.size(); i++) {
      String t = mine.get(i);
      String p = pathSegments.get(i);
      if (t.startsWith("{")) {
        if (p.isEmpty()) {
          return null;
        }
        params.put(t.substring(1, t.length() - 1), p);
      } else if (!t.equals(p)) {
        return null;
      }
    }
    return params;
  }
}
