package org.ilertmcp.server.confirm;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.junit.jupiter.api.Test;

/** A token confirms one call: its tool, its arguments, its key, before it expires, once. */
class ConfirmationTokensTest {
  private static final byte[] SECRET =
      "0123456789abcdef0123456789abcdef-secret".getBytes(StandardCharsets.UTF_8);
  private static final ConfirmationTokens.Binding BINDING =
      new ConfirmationTokens.Binding("run_alert_action", "digest-a", "key-a");

  private final AtomicLong now = new AtomicLong(1_800_000_000_000L);
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return Instant.ofEpochMilli(now.get());
        }
      };
  private final ConfirmationTokens tokens =
      new ConfirmationTokens(SECRET, Duration.ofMinutes(10), clock);

  @Test
  void aTokenConfirmsItsCallOnce() {
    String token = tokens.issue(BINDING).token();
    assertThatCode(() -> tokens.redeem(token, BINDING)).doesNotThrowAnyException();
    assertThatThrownBy(() -> tokens.redeem(token, BINDING))
        .isInstanceOf(ToolInputException.class)
        .hasMessageContaining("already used");
  }

  @Test
  void otherArgumentsToolOrKeyAreRefused() {
    String token = tokens.issue(BINDING).token();
    assertThatThrownBy(
            () ->
                tokens.redeem(
                    token, new ConfirmationTokens.Binding("run_alert_action", "digest-b", "key-a")))
        .hasMessageContaining("other arguments");
    assertThatThrownBy(
            () ->
                tokens.redeem(
                    token, new ConfirmationTokens.Binding("resolve_alert", "digest-a", "key-a")))
        .hasMessageContaining("another tool");
    assertThatThrownBy(
            () ->
                tokens.redeem(
                    token, new ConfirmationTokens.Binding("run_alert_action", "digest-a", "key-b")))
        .hasMessageContaining("another API key");
    assertThatCode(() -> tokens.redeem(token, BINDING))
        .as("refusals do not use the token up")
        .doesNotThrowAnyException();
  }

  @Test
  void anExpiredTamperedOrForeignTokenIsRefused() {
    String token = tokens.issue(BINDING).token();
    now.addAndGet(Duration.ofMinutes(10).toMillis());
    assertThatThrownBy(() -> tokens.redeem(token, BINDING)).hasMessageContaining("expired");

    String fresh = tokens.issue(BINDING).token();
    String tampered =
        fresh.substring(0, 10) + (fresh.charAt(10) == 'A' ? 'B' : 'A') + fresh.substring(11);
    assertThatThrownBy(() -> tokens.redeem(tampered, BINDING))
        .hasMessageContaining("nothing was changed");
    ConfirmationTokens other =
        new ConfirmationTokens(
            "another-deployment-secret-of-32-bytes-or-more".getBytes(StandardCharsets.UTF_8),
            Duration.ofMinutes(10),
            clock);
    assertThatThrownBy(() -> other.redeem(fresh, BINDING)).hasMessageContaining("integrity");
    assertThatThrownBy(() -> tokens.redeem("s1.abc.def", BINDING))
        .hasMessageContaining("not one this server issued");
  }

  @Test
  void replicasSharingTheSecretAcceptEachOthersTokens() {
    String token = tokens.issue(BINDING).token();
    ConfirmationTokens replica = new ConfirmationTokens(SECRET, Duration.ofMinutes(10), clock);
    assertThatCode(() -> replica.redeem(token, BINDING)).doesNotThrowAnyException();
  }
}
