package org.ilertmcp.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.testing.ToolFixtures;
import org.ilertmcp.server.tool.IlertTool;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Schema snapshots per tool ({@code toolsnaps/<name>.json}) and the README's tool reference must
 * match the catalogue. Regenerate both with {@code -Dupdate.generated=true}.
 */
class GeneratedFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("update.generated");
  private static final Path SNAPS = Path.of("src/test/resources/toolsnaps");
  private static final Path README = Path.of("../README.md");
  private static final String HOW =
      "; regenerate with ./mvnw -pl ilert-mcp-server test -Dtest=GeneratedFilesTest -Dupdate.generated=true and review the diff";

  @Test
  void toolsnapsMatchTheCatalogue() throws IOException {
    ToolAdapter adapter = ToolFixtures.adapter();
    List<IlertTool> all = ToolCatalog.all();
    for (IlertTool tool : all) {
      Path file = SNAPS.resolve(tool.spec().name() + ".json");
      String actual = pretty(adapter.adapt(tool).toJson());
      if (UPDATE) {
        Files.createDirectories(SNAPS);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("snapshot of " + tool.spec().name() + HOW).exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("snapshot of " + tool.spec().name() + HOW)
          .isEqualTo(actual);
    }
    Set<String> names =
        all.stream().map(t -> t.spec().name() + ".json").collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(SNAPS)) {
      for (Path stale : files.filter(f -> !names.contains(f.getFileName().toString())).toList()) {
        if (UPDATE) {
          Files.delete(stale);
        } else {
          throw new AssertionError("stale snapshot " + stale.getFileName() + HOW);
        }
      }
    }
  }

  @Test
  void readmeToolReferenceMatchesTheCatalogue() throws IOException {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    int start = readme.indexOf(ToolReference.START);
    int end = readme.indexOf(ToolReference.END);
    assertThat(start).as("README markers").isPositive();
    assertThat(end).as("README markers").isGreaterThan(start);
    String generated =
        "\n" + ToolReference.markdown(ToolCatalog.all(), ToolFixtures.adapter()) + "\n";
    String current = readme.substring(start + ToolReference.START.length(), end);
    if (UPDATE && !current.equals(generated)) {
      Files.writeString(
          README,
          readme.substring(0, start + ToolReference.START.length())
              + generated
              + readme.substring(end),
          StandardCharsets.UTF_8);
      current = generated;
    }
    assertThat(current).as("README tool reference" + HOW).isEqualTo(generated);
  }

  private static String pretty(JsonNode node) {
    return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n";
  }
}
