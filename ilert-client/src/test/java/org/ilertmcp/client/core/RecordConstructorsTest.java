package org.ilertmcp.client.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;

/** Records read as Jackson reads them: every argument, defaults for the missing, its errors. */
class RecordConstructorsTest {
  private final ObjectMapper json = Json.newMapper();

  public record Item(long id, String name, Instant at, boolean open, List<Item> children) {}

  public record Checked(int count) {
    public Checked {
      if (count < 0) {
        throw new IllegalArgumentException("count must be >= 0");
      }
    }
  }

  @Test
  void everyArgumentArrivesAndMissingOnesTakeTheirDefaults() {
    Item item =
        json.readValue(
            "{\"id\":7,\"name\":\"disk\",\"at\":\"2026-05-04T12:00:00Z\",\"open\":true,"
                + "\"children\":[{\"id\":8,\"extra\":1}]}",
            Item.class);
    assertThat(item.id()).isEqualTo(7);
    assertThat(item.name()).isEqualTo("disk");
    assertThat(item.at()).isEqualTo(Instant.parse("2026-05-04T12:00:00Z"));
    assertThat(item.open()).isTrue();
    assertThat(item.children()).containsExactly(new Item(8, null, null, false, null));
  }

  @Test
  void whatAConstructorRefusesIsAMappingErrorNamingItsReason() {
    assertThat(json.readValue("{\"count\":2}", Checked.class).count()).isEqualTo(2);
    assertThatThrownBy(() -> json.readValue("{\"count\":-1}", Checked.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("count must be >= 0");
  }
}
