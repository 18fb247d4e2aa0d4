package org.ilertmcp.server.tools.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Text;
import tools.jackson.core.JacksonException;
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

  /**
   * {@code a=1&b=2&b=3} (a leading {@code ?} is ignored) as ordered, decoded pairs; a JSON object
   * ({@code {"a":1,"b":[2,3]}}) gives the same pairs.
   */
  static List<Map.Entry<String, String>> query(String text) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    if (text.trim().startsWith("{")) {
      JsonNode object;
      try {
        object = Json.parse(text);
      } catch (JacksonException e) {
        throw new ToolInputException(
            "query is not valid JSON; pass a=1&b=2 or a JSON object of plain values.");
      }
      object
          .properties()
          .forEach(
              e -> {
                JsonNode v = e.getValue();
                (v.isArray() ? v.valueStream() : java.util.stream.Stream.of(v))
                    .forEach(item -> out.add(Map.entry(e.getKey(), scalar(e.getKey(), item))));
              });
      return out;
    }
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

  private static String scalar(String name, JsonNode v) {
    if (v.isContainer()) {
      throw new ToolInputException(
          "query parameter " + name + " is a nested object; give plain values or lists of them.");
    }
    return v.asString();
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
