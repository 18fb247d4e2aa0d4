package org.ilertmcp.mcp.testing;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.tool.ToolAnnotations;
import org.ilertmcp.mcp.tool.ToolResult;

/**
 * A tool named {@code slow} that waits up to 10 s for its request to be cancelled, for tests of
 * cancellation: it tells when it started and whether it saw the cancellation.
 */
public final class WaitingTool {
  private final CountDownLatch started = new CountDownLatch(1);
  private final CompletableFuture<Boolean> sawCancel = new CompletableFuture<>();

  /**
   * The tool; with {@code progress} it first reports progress (which turns an HTTP answer into a
   * stream the client can close).
   */
  public Tool tool(boolean progress) {
    return Tool.builder("slow")
        .description("Waits until cancelled")
        .annotations(ToolAnnotations.readOnly())
        .handler(
            (context, args) -> {
              CountDownLatch cancelled = new CountDownLatch(1);
              context.onCancel(cancelled::countDown);
              if (progress) {
                context.progress(1, 2.0, "started");
              }
              started.countDown();
              try {
                sawCancel.complete(cancelled.await(10, TimeUnit.SECONDS));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return ToolResult.text("finished anyway");
            });
  }

  /** Whether the handler started within {@code timeout}. */
  public boolean started(Duration timeout) throws InterruptedException {
    return started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Whether the handler saw its cancellation (false if it waited 10 s in vain). */
  public boolean sawCancel(Duration timeout) throws Exception {
    return sawCancel.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }
}
