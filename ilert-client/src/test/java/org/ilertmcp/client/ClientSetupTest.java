package org.ilertmcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.ilertmcp.client.http.Deadline;
import org.ilertmcp.client.http.ExchangeException;
import org.ilertmcp.client.http.Exchanges;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The JDK client is made on its own thread while the server starts; a call that needs it before it
 * is ready waits within its deadline, and fails as "not sent" when it cannot have it.
 */
@Timeout(10)
class ClientSetupTest {

  @Test
  void aClientMadeInTheBackgroundIsHandedToTheFirstCall() throws Exception {
    CompletableFuture<HttpClient> client =
        Exchanges.newClientInBackground(Duration.ofSeconds(1), HttpClient.Version.HTTP_1_1);
    HttpClient made =
        Exchanges.ready(client, Deadline.in(Duration.ofSeconds(5), Clock.systemUTC()));
    assertThat(made.followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
    assertThat(made.connectTimeout()).contains(Duration.ofSeconds(1));
  }

  @Test
  void aClientNotReadyByTheDeadlineEndsTheCallThenWithNothingSent() {
    ExchangeException e =
        catchThrowableOfType(
            ExchangeException.class,
            () ->
                Exchanges.ready(
                    new CompletableFuture<>(),
                    Deadline.in(Duration.ofMillis(100), Clock.systemUTC())));
    assertThat(e.kind()).isEqualTo(ExchangeException.Kind.NOT_CONNECTED);
    assertThat(e.getMessage()).contains("not ready by the call's deadline");
  }

  @Test
  void aClientThatCouldNotBeMadeFailsTheCallWithNothingSent() {
    CompletableFuture<HttpClient> broken =
        CompletableFuture.failedFuture(new IllegalStateException("no TLS provider"));
    ExchangeException e =
        catchThrowableOfType(
            ExchangeException.class,
            () -> Exchanges.ready(broken, Deadline.in(Duration.ofSeconds(1), Clock.systemUTC())));
    assertThat(e.kind()).isEqualTo(ExchangeException.Kind.NOT_CONNECTED);
    assertThat(e.getMessage()).contains("could not be made");
  }
}
