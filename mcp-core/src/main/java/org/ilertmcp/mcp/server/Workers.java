package org.ilertmcp.mcp.server;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bounded pool that requests which may wait on another service run on, without a queue: a
 * request that finds every worker busy is refused at once, so a slow upstream cannot pile up work
 * nor make cheap requests wait. Remembers what each running request still owes its client, so a
 * shutdown can answer every one of them.
 *
 * <p>The limit counts requests until their answer is handed on, not until their thread is back in
 * the pool: a client that sends its next call the moment it reads an answer finds its worker free,
 * so as many clients as there are workers, one call each, are never refused. The pool may hold
 * twice the limit in threads for those last moments of a finished request.
 */
final class Workers {
  private static final Logger LOG = LoggerFactory.getLogger(Workers.class);

  /** When a refused client should try again. */
  static final int RETRY_AFTER_SECONDS = 2;

  /** Whether an unfinished request may have changed something. */
  enum Kind {
    READ,
    WRITE
  }

  private volatile int max;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final ThreadPoolExecutor pool;
  private final Function<ObjectNode, Kind> kinds;
  private final Set<Pending> pending = ConcurrentHashMap.newKeySet();
  private volatile boolean draining;

  /** A request on the pool and the one answer it owes. */
  private final class Pending {
    private final ObjectNode request;
    private final Consumer<ObjectNode> reply;
    private final AtomicBoolean answered = new AtomicBoolean();

    Pending(ObjectNode request, Consumer<ObjectNode> reply) {
      this.request = request;
      this.reply = reply;
    }

    /** Hands on {@code response} ({@code null}: none is due) unless an answer went out already. */
    void answer(ObjectNode response) {
      if (answered.compareAndSet(false, true)) {
        pending.remove(this);
        inFlight.decrementAndGet();
        reply.accept(response);
      }
    }
  }

  Workers(int max, Function<ObjectNode, Kind> kinds) {
    this.max = max;
    this.kinds = kinds;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            max,
            threadsFor(max),
            60,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "mcp-worker-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
  }

  /** Runs {@code work} on a worker and replies with its result, or refuses at once. */
  void submit(ObjectNode request, Consumer<ObjectNode> reply, Supplier<ObjectNode> work) {
    JsonNode id = request.get("id");
    if (draining) {
      reply.accept(shuttingDown(id));
      return;
    }
    if (!admit()) {
      reply.accept(busy(id));
      return;
    }
    Pending call = new Pending(request, reply);
    pending.add(call);
    try {
      pool.execute(
          () -> {
            ObjectNode response = null;
            try {
              response = work.get();
            } finally {
              call.answer(response);
            }
          });
    } catch (RejectedExecutionException e) {
      pending.remove(call);
      inFlight.decrementAndGet();
      reply.accept(draining ? shuttingDown(id) : busy(id));
    }
  }

  /** Takes one of the {@code max} places for a request, or says there is none. */
  private boolean admit() {
    int now;
    do {
      now = inFlight.get();
      if (now >= max) {
        return false;
      }
    } while (!inFlight.compareAndSet(now, now + 1));
    return true;
  }

  /** Threads for {@code max} requests: each, and each one's thread while it hands its answer on. */
  private static int threadsFor(int max) {
    return max > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : 2 * max;
  }

  /** Changes how many requests run at once. */
  synchronized void resize(int newMax) {
    if (threadsFor(newMax) > pool.getMaximumPoolSize()) {
      pool.setMaximumPoolSize(threadsFor(newMax));
      pool.setCorePoolSize(newMax);
    } else {
      pool.setCorePoolSize(newMax);
      pool.setMaximumPoolSize(threadsFor(newMax));
    }
    max = newMax;
  }

  int running() {
    return pending.size();
  }

  /**
   * Takes no more work, waits up to {@code grace} for the running requests, then answers those
   * still running with an error saying whether they may have changed something and runs {@code
   * cancel} so their handlers stop.
   */
  void drain(Duration grace, Runnable cancel) {
    draining = true;
    pool.shutdown();
    try {
      if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        List<Pending> unfinished = List.copyOf(pending);
        LOG.warn("Stopping {} requests that did not finish within the grace", unfinished.size());
        unfinished.forEach(p -> p.answer(unfinished(p.request)));
        cancel.run();
        pool.shutdownNow();
        pool.awaitTermination(1, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      List.copyOf(pending).forEach(p -> p.answer(unfinished(p.request)));
      cancel.run();
      pool.shutdownNow();
    }
  }

  private ObjectNode busy(JsonNode id) {
    return unavailable(
        id,
        "This server is busy: all "
            + max
            + " workers for tool calls, resource reads and prompts are in use. Nothing was"
            + " done; retry in ~"
            + RETRY_AFTER_SECONDS
            + " s.",
        RETRY_AFTER_SECONDS);
  }

  private static ObjectNode shuttingDown(JsonNode id) {
    return unavailable(
        id,
        "This server is shutting down and took no new work. Nothing was done; retry, another"
            + " instance or the restarted server will serve it.",
        RETRY_AFTER_SECONDS);
  }

  private ObjectNode unfinished(ObjectNode request) {
    String what =
        kinds.apply(request) == Kind.WRITE
            ? "the change may or may not have been applied — read before retrying."
            : "nothing was changed; retry it.";
    return unavailable(
        request.get("id"),
        "This server shut down before the request finished; " + what,
        RETRY_AFTER_SECONDS);
  }

  private static ObjectNode unavailable(JsonNode id, String message, int retryAfterSeconds) {
    return JsonRpc.error(
        id,
        ErrorCodes.UNAVAILABLE,
        message,
        Json.object().put("retryAfterSeconds", retryAfterSeconds));
  }
}
