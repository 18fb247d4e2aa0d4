package org.ilertmcp.mcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The worker limit as clients meet it: a client that sends its next call the moment it has its
 * answer is served, however many workers are busy finishing; one call more than the limit is
 * refused at once.
 */
class WorkersTest {
  private final CountDownLatch release = new CountDownLatch(1);
  private Workers workers;

  @AfterEach
  void stop() {
    release.countDown();
    workers.drain(Duration.ofSeconds(5), () -> {});
  }

  private static ObjectNode request(int id) {
    ObjectNode request = Json.object();
    request.put("jsonrpc", "2.0").put("id", id).put("method", "tools/call");
    return request;
  }

  private static Supplier<ObjectNode> answering(int id) {
    return () -> JsonRpc.result(Json.tree(id), Json.object());
  }

  private Supplier<ObjectNode> held(int id) {
    return () -> {
      try {
        release.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return answering(id).get();
    };
  }

  @Test
  void aClientSendingItsNextCallAsItReadsTheAnswerIsServedAtTheLimit() throws Exception {
    workers = new Workers(1, request -> Workers.Kind.READ);
    CompletableFuture<ObjectNode> next = new CompletableFuture<>();

    // the answer to call 1 is read, and call 2 sent, before call 1's worker is back in the pool
    workers.submit(
        request(1),
        answer -> workers.submit(request(2), next::complete, answering(2)),
        answering(1));

    ObjectNode second = next.get(10, TimeUnit.SECONDS);
    assertThat(second.has("result")).as(second.toString()).isTrue();
  }

  @Test
  void everyWorkerBusyRefusesTheNextCallAtOnceAndAFinishedOneMakesRoom() throws Exception {
    workers = new Workers(2, request -> Workers.Kind.READ);
    CompletableFuture<ObjectNode> first = new CompletableFuture<>();
    workers.submit(request(1), first::complete, held(1));
    workers.submit(request(2), answer -> {}, held(2));

    CompletableFuture<ObjectNode> refused = new CompletableFuture<>();
    workers.submit(request(3), refused::complete, answering(3));
    ObjectNode error = refused.getNow(null);
    assertThat(error).as("refused at once, not queued").isNotNull();
    assertThat(error.path("error").path("code").asInt()).isEqualTo(ErrorCodes.UNAVAILABLE);
    assertThat(error.path("error").path("message").asString())
        .contains("all 2 workers")
        .contains("retry in ~2 s");

    release.countDown();
    first.get(10, TimeUnit.SECONDS);
    CompletableFuture<ObjectNode> after = new CompletableFuture<>();
    workers.submit(request(4), after::complete, answering(4));
    assertThat(after.get(10, TimeUnit.SECONDS).has("result")).isTrue();
  }
}
