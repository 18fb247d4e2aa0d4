package org.ilertmcp.client.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** Instants read as Jackson's own reader reads them, whichever form ilert sends. */
class IsoInstantsTest {
  private final ObjectMapper client = Json.newMapper();
  private final ObjectMapper plain = JsonMapper.builder().build();

  public record Stamped(Instant at) {}

  @Test
  void everyFormJacksonReadsReadsToTheSameInstant() {
    for (String json :
        new String[] {
          "\"2025-03-01T10:15:02Z\"",
          "\"2025-03-01T10:15:02.1Z\"",
          "\"2025-03-01T10:15:02.120Z\"",
          "\"2025-03-01T10:15:02.120456789Z\"",
          "\"2025-03-01T11:15:02+01:00\"",
          "\"2025-03-01T05:45:02.5-04:30\"",
          "\"1969-12-31T23:59:59.999Z\"",
          "1740824102",
          "1740824102.5",
          "\"1740824102\"",
          "null"
        }) {
      assertThat(read(client, json)).as(json).isEqualTo(read(plain, json));
    }
    assertThat(read(client, "\"2025-03-01T11:15:02+01:00\""))
        .isEqualTo(OffsetDateTime.parse("2025-03-01T11:15:02+01:00").toInstant());
  }

  @Test
  void whatIsNoTimeIsStillAnError() {
    assertThatThrownBy(() -> read(client, "\"soon\"")).isInstanceOf(DatabindException.class);
    assertThatThrownBy(() -> read(client, "\"2025-13-01T10:15:02Z\""))
        .isInstanceOf(DatabindException.class);
    assertThatThrownBy(() -> read(client, "\"2025-03-01T10:15Z\""))
        .isInstanceOf(DatabindException.class);
  }

  private static Instant read(ObjectMapper mapper, String value) {
    return mapper.readValue("{\"at\":" + value + "}", Stamped.class).at();
  }
}
