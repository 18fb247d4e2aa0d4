package org.ilertmcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** {@link EmulatorState#documents}: what API writes did, readable without HTTP, as copies. */
class EmulatorStateDocumentsTest {

  @Test
  void documentsReflectWritesAndAreCopies() {
    try (Sandbox s = new Sandbox(Instant.parse("2026-03-02T10:00:00Z"))) {
      int before = s.emu.state().documents("maintenance-windows").size();
      long id =
          s.expect(
                  200,
                  Sandbox.USER,
                  "POST",
                  "/api/maintenance-windows",
                  "{\"summary\":\"Patch\",\"start\":\"2026-03-03T10:00:00Z\","
                      + "\"end\":\"2026-03-03T11:00:00Z\",\"services\":[{\"id\":601}]}")
              .get("id")
              .asLong();
      List<ObjectNode> windows = s.emu.state().documents("maintenance-windows");
      assertThat(windows).hasSize(before + 1);
      ObjectNode created = windows.get(windows.size() - 1);
      assertThat(created.get("id").asLong()).isEqualTo(id);
      assertThat(created.get("summary").asString()).isEqualTo("Patch");
      created.put("summary", "changed by the test");
      assertThat(
              s.emu.state().documents("maintenance-windows").get(before).get("summary").asString())
          .isEqualTo("Patch");
      assertThat(s.emu.state().documents("no-such-collection")).isEmpty();
    }
  }
}
