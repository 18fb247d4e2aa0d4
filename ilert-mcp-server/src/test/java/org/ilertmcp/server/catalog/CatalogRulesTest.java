package org.ilertmcp.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ilertmcp.mcp.tool.ToolAnnotations;
import org.ilertmcp.server.testing.ToolFixtures;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Rules every tool of the catalogue follows; clients and models rely on them. */
class CatalogRulesTest {
  private static final List<IlertTool> ALL = ToolCatalog.all();
  private static final Set<String> COMBINATORS = Set.of("$ref", "$defs", "anyOf", "oneOf", "allOf");

  /** Parameters that name one entity by id or name. */
  private static final Set<String> REFERENCES =
      Set.of(
          "user", "team", "schedule", "escalation_policy", "alert_source", "service", "pipeline");

  @Test
  void namesAreUniqueSnakeCaseVerbNounAtMost64Characters() {
    Set<String> seen = new HashSet<>();
    for (IlertTool tool : ALL) {
      String name = tool.spec().name();
      assertThat(name).matches("[a-z]+(_[a-z0-9]+)+").hasSizeLessThanOrEqualTo(64);
      assertThat(seen.add(name)).as("duplicate %s", name).isTrue();
    }
  }

  @Test
  void everyToolHasATitleADescriptionAndAllFourAnnotations() {
    for (IlertTool tool : ALL) {
      ToolSpec spec = tool.spec();
      assertThat(spec.title()).as(spec.name()).isNotBlank();
      assertThat(spec.description()).as(spec.name()).isNotBlank().hasSizeLessThan(700);
      JsonNode annotations = tool(spec).path("annotations");
      assertThat(annotations.has("readOnlyHint")).isTrue();
      assertThat(annotations.has("destructiveHint")).isTrue();
      assertThat(annotations.has("idempotentHint")).isTrue();
      assertThat(annotations.has("openWorldHint")).isTrue();
    }
  }

  @Test
  void inputSchemasAreFlatObjectsWithADescriptionPerParameter() {
    for (IlertTool tool : ALL) {
      ToolSpec spec = tool.spec();
      JsonNode schema = spec.inputSchema();
      assertThat(schema.path("type").asString()).as(spec.name()).isEqualTo("object");
      assertThat(schema.path("additionalProperties").asBoolean(true)).as(spec.name()).isFalse();
      for (String keyword : COMBINATORS) {
        assertThat(schema.has(keyword)).as("%s uses %s", spec.name(), keyword).isFalse();
      }
      for (String property : schema.path("properties").propertyNames()) {
        JsonNode p = schema.path("properties").path(property);
        assertThat(p.path("description").asString(""))
            .as("%s.%s", spec.name(), property)
            .isNotBlank();
        assertThat(property).as("%s.%s", spec.name(), property).matches("[a-z]+(_[a-z0-9]+)*");
        for (String keyword : COMBINATORS) {
          assertThat(p.has(keyword)).as("%s.%s uses %s", spec.name(), property, keyword).isFalse();
        }
        assertThat(p.path("type").asString(""))
            .as("%s.%s type", spec.name(), property)
            .isNotBlank();
        if (property.endsWith("_id")) {
          assertThat(p.path("type").asString())
              .as("%s.%s takes the integer ids outputs return", spec.name(), property)
              .isEqualTo("integer");
        }
        if (REFERENCES.contains(property)) {
          assertThat(p.path("type").asString())
              .as("%s.%s takes an id or a name, one portable type", spec.name(), property)
              .isEqualTo("string");
        }
      }
      schema
          .path("required")
          .forEach(r -> assertThat(schema.path("properties").has(r.asString())).isTrue());
    }
  }

  @Test
  void everyToolDeclaresAnObjectOutputSchema() {
    for (IlertTool tool : ALL) {
      assertThat(tool.spec().outputSchema().path("type").asString())
          .as(tool.spec().name())
          .isEqualTo("object");
    }
  }

  @Test
  void tiersMatchWhatToolsDo() {
    for (IlertTool tool : ALL) {
      ToolSpec spec = tool.spec();
      ToolAnnotations hints = spec.annotations();
      if (spec.toolset() != Toolset.API) {
        assertThat(hints.readOnlyHint() == (spec.tier() == AccessTier.READ))
            .as("%s: read-only tools and only they are tier read", spec.name())
            .isTrue();
      }
      assertThat(hints.openWorldHint()).as(spec.name()).isTrue();
    }
  }

  @Test
  void eachToolLivesInThePackageOfItsToolset() {
    for (IlertTool tool : ALL) {
      String pkg = tool.getClass().getPackageName();
      String toolsetPackage = "org.ilertmcp.server.tools." + tool.spec().toolset().wireName();
      assertThat(pkg.equals(toolsetPackage) || pkg.startsWith(toolsetPackage + "."))
          .as("%s lives in %s or a family package below it", tool.spec().name(), toolsetPackage)
          .isTrue();
      assertThat(tool.getClass().getSimpleName()).isEqualTo(camel(tool.spec().name()) + "Tool");
    }
  }

  static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    for (String part : snake.split("_")) {
      out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return out.toString();
  }

  private static JsonNode tool(ToolSpec spec) {
    return ToolFixtures.adapter()
        .adapt(
            ToolCatalog.all().stream()
                .filter(t -> t.spec().name().equals(spec.name()))
                .findFirst()
                .orElseThrow())
        .toJson();
  }
}
