package org.ilertmcp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.ilertmcp.client.core.ApiRequest;
import org.junit.jupiter.api.Test;

/** Path segments and query values are percent-encoded; nulls add nothing. */
class ApiRequestTest {
  @Test
  void encodesSegmentsAndQueryValues() {
    ApiRequest r =
        ApiRequest.get("alert-sources", "il1 api/key?x")
            .param("routing-key", "a b,c&d")
            .param("skipped", null)
            .params("states", List.of("PENDING", "ACCEPTED"))
            .params("none", null)
            .param("from", Instant.parse("2025-03-01T00:00:00.120Z"))
            .build();
    assertThat(r.path()).isEqualTo("/alert-sources/il1%20api%2Fkey%3Fx");
    assertThat(r.queryString())
        .isEqualTo(
            "routing-key=a%20b%2Cc%26d&states=PENDING&states=ACCEPTED&from=2025-03-01T00%3A00%3A00.120Z");
    assertThat(r.operation()).isEqualTo("GET /alert-sources/il1%20api%2Fkey%3Fx");
  }
}
