package org.ilertmcp.mcp.resource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ilertmcp.mcp.content.Icon;
import org.ilertmcp.mcp.content.ResourceContents;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.json.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * A family of resources addressed by an RFC 6570 level-1 URI template such as {@code
 * ilert://alerts/{id}}. Each variable matches one path segment.
 *
 * @param uriTemplate the template
 * @param name programmatic name
 * @param title human-readable name
 * @param description what the resources contain
 * @param mimeType MIME type of their contents
 * @param icons optional icons
 * @param reader produces the contents for a concrete URI and its variables
 */
public record ResourceTemplate(
    String uriTemplate,
    String name,
    String title,
    String description,
    String mimeType,
    List<Icon> icons,
    Reader reader) {

  private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");

  public ResourceTemplate {
    Objects.requireNonNull(uriTemplate, "uriTemplate");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reader, "reader");
    icons = icons == null ? List.of() : List.copyOf(icons);
  }

  /** Reads one resource of the family. */
  @FunctionalInterface
  public interface Reader {
    List<ResourceContents> read(RequestContext context, String uri, Map<String, String> variables);
  }

  /** The template's variable names, in order. */
  public List<String> variables() {
    List<String> names = new ArrayList<>();
    Matcher m = VARIABLE.matcher(uriTemplate);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The variables of {@code uri} if it matches this template. */
  public Optional<Map<String, String>> match(String uri) {
    StringBuilder regex = new StringBuilder();
    Matcher m = VARIABLE.matcher(uriTemplate);
    int last = 0;
    while (m.find()) {
      regex.append(Pattern.quote(uriTemplate.substring(last, m.start()))).append("([^/?#]+)");
      last = m.end();
    }
    regex.append(Pattern.quote(uriTemplate.substring(last)));
    Matcher uriMatcher = Pattern.compile(regex.toString()).matcher(uri);
    if (!uriMatcher.matches()) {
      return Optional.empty();
    }
    Map<String, String> values = new LinkedHashMap<>();
    List<String> names = variables();
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), uriMatcher.group(i + 1));
    }
    return Optional.of(values);
  }

  public ObjectNode toJson() {
    ObjectNode out = Json.object().put("uriTemplate", uriTemplate).put("name", name);
    Json.putIfPresent(out, "title", title);
    Json.putIfPresent(out, "description", description);
    Json.putIfPresent(out, "mimeType", mimeType);
    Icon.putAll(out, icons);
    return out;
  }
}
