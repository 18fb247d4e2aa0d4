package org.ilertmcp.server.tools.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.output.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** Request and answer handling of {@code call_ilert_api}: query strings, redaction, cleaning. */
final class ApiAnswers {
  /** Field names whose values are credentials (integration keys, connector secrets). */
  private static final Set<String> SECRETS =
      Set.of(
          "integrationkey",
          "integrationurl",
          "apikey",
          "applicationkey",
          "basicpass",
          "headervalue",
          "password",
          "secret",
          "token",
          "accesstoken",
          "refreshtoken");

  private ApiAnswers() {}

  /** {@code a=1&b=2&b=3} (a leading {@code ?} is ignored) as ordered, decoded pairs. */
  static List<Map.Entry<String, String>> query(String text) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String pair : text.replaceFirst("^\\?", "").split("&")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.add(Map.entry(decode(name), decode(value)));
    }
    return out;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** A copy with credentials redacted and text cleaned, recursively. */
  static JsonNode safe(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode out = Json.object();
      object
          .properties()
          .forEach(
              e ->
                  out.set(
                      e.getKey(),
                      SECRETS.contains(e.getKey().toLowerCase(Locale.ROOT))
                          ? StringNode.valueOf("[redacted]")
                          : safe(e.getValue())));
      return out;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode out = Json.array();
      array.forEach(item -> out.add(safe(item)));
      return out;
    }
    return node.isString() ? StringNode.valueOf(Text.clean(node.stringValue())) : node;
  }
}
