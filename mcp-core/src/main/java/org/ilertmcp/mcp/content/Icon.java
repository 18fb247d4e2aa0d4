package org.ilertmcp.mcp.content;

import java.util.List;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An icon for a server, tool, resource or prompt.
 *
 * @param src an https or data: URI
 * @param mimeType optional MIME type
 * @param sizes optional sizes such as {@code "48x48"} or {@code "any"}
 * @param theme optional {@code "light"} or {@code "dark"}
 */
public record Icon(String src, String mimeType, List<String> sizes, String theme) {

  public Icon {
    sizes = sizes == null ? List.of() : List.copyOf(sizes);
  }

  public static Icon of(String src, String mimeType) {
    return new Icon(src, mimeType, List.of(), null);
  }

  public ObjectNode toJson() {
    ObjectNode out = Json.object().put("src", src);
    Json.putIfPresent(out, "mimeType", mimeType);
    if (!sizes.isEmpty()) {
      ArrayNode array = out.putArray("sizes");
      sizes.forEach(array::add);
    }
    return Json.putIfPresent(out, "theme", theme);
  }

  /** Adds {@code icons} to {@code target} unless the list is empty. */
  public static void putAll(ObjectNode target, List<Icon> icons) {
    if (icons != null && !icons.isEmpty()) {
      ArrayNode array = target.putArray("icons");
      icons.forEach(icon -> array.add(icon.toJson()));
    }
  }
}
