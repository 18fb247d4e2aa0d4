package org.ilertmcp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.core.Json;
import org.ilertmcp.client.escalation.EscalationPolicy;
import org.ilertmcp.client.incidents.Incident;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** Models tolerate what ilert may send: new fields, new enum values, varying time precision. */
class ModelParsingTest {
  private final ObjectMapper json = Json.newMapper();

  @Test
  void unknownFieldsAndEnumValuesParse() {
    Alert a =
        json.readValue(
            "{\"id\":1,\"status\":\"PARKED\",\"priority\":\"URGENT\",\"brandNew\":[1,{\"x\":2}],"
                + "\"escalationPolicy\":{\"id\":5,\"escalationRules\":[{\"escalationTimeout\":0,\"newThing\":true}]}}",
            Alert.class);
    assertThat(a.status()).isEqualTo("PARKED");
    assertThat(a.priority()).isEqualTo("URGENT");
    assertThat(a.escalationPolicy().escalationRules()).hasSize(1);
  }

  @Test
  void timestampsOfAnyPrecisionAndOffsetParse() {
    for (String ts :
        new String[] {
          "2025-03-01T10:15:02Z",
          "2025-03-01T10:15:02.120Z",
          "2025-03-01T10:15:02.120456Z",
          "2025-03-01T11:15:02+01:00"
        }) {
      Alert a = json.readValue("{\"reportTime\":\"" + ts + "\"}", Alert.class);
      assertThat(a.reportTime())
          .isBetween(Instant.parse("2025-03-01T10:15:02Z"), Instant.parse("2025-03-01T10:15:03Z"));
    }
  }

  @Test
  void nullsAreNotWritten() {
    String out = json.writeValueAsString(Incident.of("s", "RESOLVED", "m", false, null));
    assertThat(out)
        .isEqualTo(
            "{\"summary\":\"s\",\"status\":\"RESOLVED\",\"message\":\"m\",\"sendNotification\":false}");
    assertThat(
            json.writeValueAsString(
                new EscalationPolicy(1L, null, null, null, null, null, null, null)))
        .isEqualTo("{\"id\":1}");
  }

  @Test
  void numbersTypedAsJsonNumberStillFitLongIds() {
    Incident i = json.readValue("{\"id\":3301.0,\"status\":\"IDENTIFIED\"}", Incident.class);
    assertThat(i.id()).isEqualTo(3301L);
  }
}
