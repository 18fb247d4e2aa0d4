package org.ilertmcp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.ilertmcp.client.core.ApiRequest;
import org.ilertmcp.client.core.RetryRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which failures may be retried: a write is never applied twice. */
class RetryRulesTest {

  private static IlertApiException failure(ErrorKind kind, int status, boolean notSent) {
    return new IlertApiException(kind, status, null, null, null, null, notSent, "X /x", null);
  }

  @ParameterizedTest(name = "{0} {1} status={2} notSent={3} -> {4}")
  @CsvSource({
    "GET, SERVER_ERROR, 503, false, true",
    "GET, SERVER_ERROR, 500, false, true",
    "GET, NETWORK, 0, false, true",
    "GET, TIMEOUT, 0, false, true",
    "GET, RATE_LIMITED, 429, false, true",
    "GET, NOT_FOUND, 404, false, false",
    "GET, BAD_REQUEST, 400, false, false",
    "GET, AUTH, 403, false, false",
    "GET, MALFORMED_RESPONSE, 200, false, false",
    "GET, RATE_LIMITED, 0, true, false",
    "POST, SERVER_ERROR, 500, false, false",
    "POST, SERVER_ERROR, 503, false, false",
    "POST, TIMEOUT, 0, false, false",
    "POST, NETWORK, 0, false, false",
    "POST, NETWORK, 0, true, true",
    "POST, TIMEOUT, 0, true, true",
    "POST, RATE_LIMITED, 429, false, true",
    "PUT, SERVER_ERROR, 502, false, false",
    "PUT, RATE_LIMITED, 429, false, true",
    "DELETE, NETWORK, 0, false, false",
    "DELETE, NETWORK, 0, true, true",
    "POST, CONFLICT, 409, false, false"
  })
  void retryDecisions(String method, ErrorKind kind, int status, boolean notSent, boolean retry) {
    ApiRequest request = ApiRequest.of(method, "/x").build();
    assertThat(RetryRules.shouldRetry(request, failure(kind, status, notSent))).isEqualTo(retry);
  }

  @Test
  void backoffGrowsIsCappedAndJittered() {
    RetrySettings s =
        new RetrySettings(
            2, Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(1), 0.5);
    IlertApiException e = failure(ErrorKind.SERVER_ERROR, 503, false);
    for (int i = 0; i < 50; i++) {
      assertThat(RetryRules.delay(s, 1, e))
          .isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
      assertThat(RetryRules.delay(s, 2, e))
          .isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
      assertThat(RetryRules.delay(s, 9, e))
          .isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    }
    IlertApiException limited = failure(ErrorKind.RATE_LIMITED, 429, false);
    assertThat(RetryRules.delay(s, 1, limited))
        .isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
    IlertApiException withHeader =
        new IlertApiException(
            ErrorKind.RATE_LIMITED, 429, null, null, null, Duration.ofSeconds(7), false, "X", null);
    assertThat(RetryRules.delay(s, 1, withHeader)).isEqualTo(Duration.ofSeconds(7));
  }
}
