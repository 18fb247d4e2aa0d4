package org.ilertmcp.server.confirm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.junit.jupiter.api.Test;

/** A creating write acts once per key and arguments; the key is per caller and per tool. */
class IdempotencyKeysTest {
  private final IdempotencyKeys keys = new IdempotencyKeys(Duration.ofHours(1));
  private final IdempotencyKeys.Use use =
      new IdempotencyKeys.Use("key-a", "create_alert", "k-1", "digest-a");

  @Test
  void aRepeatGetsTheFirstResultMarkedAsReplayed() {
    assertThat(keys.replay(use)).isEmpty();
    IdempotencyKeys.Claim claim = keys.claim(use);
    claim.finish(ToolResult.structured(Json.object().put("alert_id", 7), "{}"));
    ToolResult again = keys.replay(use).orElseThrow();
    assertThat(again.structuredContent().path("alert_id").asLong()).isEqualTo(7);
    assertThat(again.structuredContent().path("replayed").asBoolean()).isTrue();
  }

  @Test
  void theSameKeyWithOtherArgumentsIsAnErrorWhileRunningOrAfter() {
    IdempotencyKeys.Claim claim = keys.claim(use);
    IdempotencyKeys.Use other = new IdempotencyKeys.Use("key-a", "create_alert", "k-1", "digest-b");
    assertThatThrownBy(() -> keys.replay(other)).hasMessageContaining("other arguments");
    assertThatThrownBy(() -> keys.claim(use)).hasMessageContaining("still running");
    claim.finish(ToolResult.structured(Json.object(), "{}"));
    assertThatThrownBy(() -> keys.claim(other))
        .isInstanceOf(ToolInputException.class)
        .hasMessageContaining("other arguments");
  }

  @Test
  void aFailedCallFreesTheKeyAndKeysArePerCallerAndTool() {
    keys.claim(use).finish(ToolResult.error("ilert refused"));
    assertThat(keys.replay(use)).as("failures are not kept").isEmpty();
    keys.claim(use).finish(ToolResult.structured(Json.object(), "{}"));
    assertThat(keys.replay(new IdempotencyKeys.Use("key-b", "create_alert", "k-1", "digest-a")))
        .isEmpty();
    assertThat(
            keys.replay(
                new IdempotencyKeys.Use("key-a", "create_status_update", "k-1", "digest-a")))
        .isEmpty();
  }

  @Test
  void overlongKeysAreRefused() {
    assertThatThrownBy(
            () ->
                keys.replay(
                    new IdempotencyKeys.Use("key-a", "create_alert", "x".repeat(201), "digest")))
        .hasMessageContaining("1 to 200 characters");
  }
}
