package org.ilertmcp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The committed contract holds facts only, names its source version, and is in derived form. */
class CommittedContractTest {
  private static final Set<String> PROSE_KEYS =
      Set.of("description", "summary", "title", "example", "examples", "externalDocs", "tags");

  private static JsonNode contract;

  @BeforeAll
  static void read() throws Exception {
    String location = System.getProperty("ilert.contract");
    assertThat(location).as("system property ilert.contract").isNotBlank();
    contract = JsonMapper.builder().build().readTree(Files.readString(Path.of(location)));
  }

  @Test
  void recordsTheSourceVersionAndHoldsEveryOperation() {
    assertThat(contract.path("openapi").asString()).startsWith("3.");
    assertThat(contract.path("info").path("version").asString()).matches("v\\d+\\.\\d{4}\\..+");
    assertThat(contract.path("info").path("x-source-sha256").asString()).matches("[0-9a-f]{64}");
    int operations = 0;
    for (Map.Entry<String, JsonNode> path : contract.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        if (Set.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
          operations++;
          assertThat(op.getValue().path("responses").isEmpty())
              .as(op.getKey() + " " + path.getKey() + " has status codes")
              .isFalse();
        }
      }
    }
    assertThat(operations).isEqualTo(180);
    assertThat(contract.path("components").path("schemas").size()).isGreaterThan(200);
  }

  @Test
  void holdsNoProse() {
    List<String> prose = new ArrayList<>();
    walk(contract.path("paths"), "paths", false, prose);
    walk(contract.path("components"), "components", false, prose);
    assertThat(prose).isEmpty();
  }

  /**
   * Every string outside info is one word, and prose keywords occur only as property names or, for
   * the description OpenAPI requires of a response, empty.
   */
  private static void walk(JsonNode node, String where, boolean propertyNames, List<String> out) {
    if (node.isString() && node.asString().matches(".*\\s.*")) {
      out.add(where + ": text '" + node.asString() + "'");
    }
    if (node.isArray()) {
      node.forEach(item -> walk(item, where + "[]", false, out));
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      boolean emptyDescription =
          e.getKey().equals("description") && e.getValue().asString("-").isEmpty();
      if (!propertyNames
          && !emptyDescription
          && (PROSE_KEYS.contains(e.getKey()) || e.getKey().startsWith("x-"))) {
        out.add(where + ": keyword " + e.getKey());
      }
      boolean names = !propertyNames && e.getKey().equals("properties");
      walk(e.getValue(), where + "/" + e.getKey(), names, out);
    }
  }

  @Test
  void isWhatTheDeriverMakesOfIt() {
    ObjectNode again = ContractDeriver.derive(contract, "same");
    ((ObjectNode) again.path("info"))
        .put("x-source-sha256", contract.path("info").path("x-source-sha256").asString());
    assertThat(again).isEqualTo(contract);
  }
}
