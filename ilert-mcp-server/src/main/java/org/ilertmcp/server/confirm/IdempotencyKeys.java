package org.ilertmcp.server.confirm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.input.ToolInputException;
import tools.jackson.databind.node.ObjectNode;

/**
 * The results of creating writes by idempotency key, so a repeat acts once: a call with a key this
 * caller already used for the same tool and the same arguments within {@link #window} gets the
 * first result back (marked {@code replayed}); the same key with other arguments is an error; a
 * repeat while the first call still runs is told to wait. Successful results are kept, and so is
 * the fact that a call's answer was lost (it may have been applied: a repeat is told to check and
 * use a new key); after a failure ilert answered, the same key acts again. Memory is bounded by the
 * total size of the kept results ({@value #MAX_BYTES} bytes, the oldest go first) and the window.
 * The keys live in this process: behind a load balancer a repeat that reaches another replica acts
 * again, unless requests with one key reach one replica (route on the caller's key) or the tool
 * passes the key on to ilert.
 */
public final class IdempotencyKeys {
  /** How long a key is remembered by default. */
  public static final Duration DEFAULT_WINDOW = Duration.ofHours(24);

  /** Most bytes of results kept at once. */
  public static final long MAX_BYTES = 16L * 1024 * 1024;

  /** Longest accepted key. */
  public static final int MAX_KEY_LENGTH = 200;

  private final Duration window;
  private final Cache<String, Stored> done;
  private final Map<String, String> running = new ConcurrentHashMap<>();

  /**
   * What a key's first call left: its result, or null when its answer was lost and it may have been
   * applied.
   */
  private record Stored(String argumentsDigest, ToolResult result, int bytes) {}

  /** One use of a key: who (the key hash), which tool, the key, and the digest of the arguments. */
  public record Use(String credentialHash, String tool, String key, String argumentsDigest) {
    String id() {
      return credentialHash + '\n' + tool + '\n' + key;
    }
  }

  public IdempotencyKeys(Duration window) {
    this.window = window;
    this.done =
        Caffeine.newBuilder()
            .expireAfterWrite(window)
            .maximumWeight(MAX_BYTES)
            .<String, Stored>weigher((id, stored) -> stored.bytes())
            .build();
  }

  /** How long a key is remembered. */
  public Duration window() {
    return window;
  }

  /**
   * The first result of this key, when it was used with the same arguments.
   *
   * @throws ToolInputException when the key was used with other arguments, or its first call is
   *     still running
   */
  public Optional<ToolResult> replay(Use use) {
    check(use);
    Optional<ToolResult> first = finished(use);
    String runningDigest = running.get(use.id());
    if (first.isEmpty() && runningDigest != null) {
      throw conflictOrRunning(use, runningDigest);
    }
    return first;
  }

  /** The kept result of this key, when it was used with the same arguments. */
  private Optional<ToolResult> finished(Use use) {
    Stored stored = done.getIfPresent(use.id());
    if (stored == null) {
      return Optional.empty();
    }
    if (!stored.argumentsDigest().equals(use.argumentsDigest())) {
      throw conflict(use);
    }
    if (stored.result() == null) {
      throw new ToolInputException(
          "The first call with idempotency_key '"
              + use.key()
              + "' reached ilert but its answer was lost, so it may have been applied; nothing new"
              + " was sent. Read the current state, and if the change is still missing call again"
              + " with a new key.");
    }
    return Optional.of(marked(stored.result()));
  }

  /**
   * Claims the key for a call about to act. Returns the first result instead when another call
   * finished with this key meanwhile.
   *
   * @throws ToolInputException as {@link #replay}
   */
  public Claim claim(Use use) {
    check(use);
    String previous = running.putIfAbsent(use.id(), use.argumentsDigest());
    if (previous != null) {
      throw conflictOrRunning(use, previous);
    }
    try {
      Optional<ToolResult> first = finished(use);
      if (first.isPresent()) {
        running.remove(use.id());
        return new Claim(use, first);
      }
    } catch (ToolInputException e) {
      running.remove(use.id());
      throw e;
    }
    return new Claim(use, Optional.empty());
  }

  /** A claimed key: {@link #finish} it with the call's result, or release it on failure. */
  public final class Claim {
    private final Use use;
    private final Optional<ToolResult> first;

    private Claim(Use use, Optional<ToolResult> first) {
      this.use = use;
      this.first = first;
    }

    /** The result of an earlier call with this key that finished meanwhile, if any. */
    public Optional<ToolResult> first() {
      return first;
    }

    /** Keeps a successful result for repeats and frees the key. */
    public void finish(ToolResult result) {
      if (first.isEmpty() && !result.isError()) {
        int bytes = Json.writeBytes(result.toJson()).length;
        done.put(use.id(), new Stored(use.argumentsDigest(), result, bytes));
      }
      release();
    }

    /**
     * Keeps the key as used with an unknown outcome (the request reached ilert, its answer was
     * lost): a repeat is told to check rather than acting a second time.
     */
    public void unknown() {
      if (first.isEmpty()) {
        done.put(use.id(), new Stored(use.argumentsDigest(), null, use.id().length()));
      }
      release();
    }

    /** Frees the key without keeping a result: the next call with it acts again. */
    public void release() {
      if (first.isEmpty()) {
        running.remove(use.id(), use.argumentsDigest());
      }
    }
  }

  private static void check(Use use) {
    if (use.key().isBlank() || use.key().length() > MAX_KEY_LENGTH) {
      throw new ToolInputException(
          "idempotency_key must be 1 to " + MAX_KEY_LENGTH + " characters, e.g. a UUID.");
    }
  }

  private static ToolInputException conflictOrRunning(Use use, String runningDigest) {
    return runningDigest.equals(use.argumentsDigest())
        ? new ToolInputException(
            "A call with idempotency_key '"
                + use.key()
                + "' is still running; nothing new was started. Wait a few seconds and call again"
                + " with the same key to get its result.")
        : conflict(use);
  }

  private static ToolInputException conflict(Use use) {
    return new ToolInputException(
        "idempotency_key '"
            + use.key()
            + "' was already used for "
            + use.tool()
            + " with other arguments; nothing was changed. Use a new key for a different call.");
  }

  /** The first result, marked as a repeat. */
  private static ToolResult marked(ToolResult result) {
    if (result.structuredContent() == null) {
      return result;
    }
    ObjectNode copy = result.structuredContent().deepCopy().put("replayed", true);
    return ToolResult.structured(copy, Json.write(copy));
  }
}
