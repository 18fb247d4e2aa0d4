package org.ilertmcp.server.resources;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.context.Session;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.McpException;
import org.ilertmcp.mcp.resource.SubscriptionListener;
import org.ilertmcp.mcp.server.McpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resource subscriptions by polling: for each (session, URI) the resource is read again with the
 * subscriber's credential every {@code interval}; when the fingerprint of its JSON changes (or the
 * object disappears) the session gets {@code notifications/resources/updated}. One shared scheduler
 * serves all subscriptions; at most {@code maxPerKey} subscriptions per API key.
 *
 * <p>Credentials: to poll on the subscriber's behalf the raw credential has to be kept, but only in
 * memory, only inside the {@link Watch} of a live subscription, and it is dropped with the watch on
 * unsubscribe, on session end, or when polling gives up. It is never logged; log lines name the
 * session id and URI only.
 */
public final class ResourceWatcher implements SubscriptionListener, AutoCloseable {
  /**
   * Subscriptions per API key. Each costs one or a few ilert requests per interval; 25 at the
   * default 15 s is 100 single-request reads a minute, below ilert's 120 per key.
   */
  public static final int MAX_PER_KEY = 25;

  /** Consecutive failed polls (other than not found) after which a subscription stops polling. */
  static final int MAX_FAILURES = 20;

  private static final Logger LOG = LoggerFactory.getLogger("org.ilertmcp.resources");
  private static final Set<String> VOLATILE_FIELDS = Set.of("at");

  private final ResourceReader reader;
  private final Duration interval;
  private final int maxPerKey;
  private final ScheduledThreadPoolExecutor scheduler;
  private final Map<Key, Watch> watches = new HashMap<>();
  private final Map<String, Integer> perKey = new HashMap<>();

  private record Key(Session session, String uri) {}

  /** One live subscription; holds the subscriber's credential (via its context) while it lives. */
  private static final class Watch {
    final Key key;
    final String keyHash;
    final PollContext context;
    volatile String fingerprint;
    volatile ScheduledFuture<?> future;
    final AtomicInteger failures = new AtomicInteger();

    Watch(Key key, String keyHash, PollContext context) {
      this.key = key;
      this.keyHash = keyHash;
      this.context = context;
    }
  }

  public ResourceWatcher(ResourceReader reader, Duration interval, int maxPerKey) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("resource poll interval must be positive");
    }
    this.reader = reader;
    this.interval = interval;
    this.maxPerKey = maxPerKey;
    AtomicInteger threads = new AtomicInteger();
    this.scheduler =
        new ScheduledThreadPoolExecutor(
            2,
            r -> {
              Thread t = new Thread(r, "ilert-resource-poll-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    scheduler.setRemoveOnCancelPolicy(true);
  }

  @Override
  public void subscribed(Session session, String uri, RequestContext context) {
    if (context.credential().isEmpty()) {
      return; // nothing to poll with; HTTP requires a credential, so this is a bare test setup
    }
    Key key = new Key(session, uri);
    String keyHash = McpSession.hash(context.credential());
    Watch watch =
        new Watch(
            key,
            keyHash,
            new PollContext(
                session,
                context.credential().get(),
                context.header("X-ILERT-Team-Context").orElse(null)));
    synchronized (this) {
      if (watches.containsKey(key)) {
        return;
      }
      if (perKey.getOrDefault(keyHash, 0) >= maxPerKey) {
        throw new McpException(
            ErrorCodes.LIMIT_EXCEEDED,
            "At most "
                + maxPerKey
                + " resource subscriptions per API key; unsubscribe from one first.");
      }
      watches.put(key, watch);
      perKey.merge(keyHash, 1, Integer::sum);
    }
    // The baseline is read now, in the subscriber's request, so a change right after the
    // subscription is answered is not missed.
    watch.fingerprint = fingerprintOrNull(watch);
    long millis = interval.toMillis();
    watch.future =
        scheduler.scheduleWithFixedDelay(() -> poll(watch), millis, millis, TimeUnit.MILLISECONDS);
    synchronized (this) {
      if (watches.get(key) != watch) {
        watch.future.cancel(false); // unsubscribed while the baseline was read
      }
    }
  }

  @Override
  public void unsubscribed(Session session, String uri) {
    Watch watch;
    synchronized (this) {
      watch = watches.get(new Key(session, uri));
    }
    if (watch != null) {
      stop(watch);
    }
  }

  @Override
  public void sessionClosed(Session session) {
    List<Watch> ended;
    synchronized (this) {
      ended = watches.values().stream().filter(w -> w.key.session() == session).toList();
    }
    ended.forEach(this::stop);
  }

  /** Live subscriptions (for tests and diagnostics). */
  public synchronized int active() {
    return watches.size();
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    synchronized (this) {
      watches.clear();
      perKey.clear();
    }
  }

  private void stop(Watch watch) {
    ScheduledFuture<?> future = watch.future;
    if (future != null) {
      future.cancel(false);
    }
    synchronized (this) {
      if (watches.remove(watch.key, watch)) {
        perKey.computeIfPresent(watch.keyHash, (k, n) -> n <= 1 ? null : n - 1);
      }
    }
  }

  private void poll(Watch watch) {
    Session session = watch.key.session();
    String uri = watch.key.uri();
    if (session.isClosed() || !session.isSubscribed(uri)) {
      stop(watch);
      return;
    }
    String now;
    try {
      now = fingerprint(reader.read(watch.context, uri));
    } catch (McpException e) {
      if (e.code() != ErrorCodes.RESOURCE_NOT_FOUND) {
        failed(watch, e.getMessage());
        return;
      }
      now = "gone";
    } catch (RuntimeException e) {
      failed(watch, e.getClass().getSimpleName());
      return;
    }
    watch.failures.set(0);
    String before = watch.fingerprint;
    watch.fingerprint = now;
    if (before != null && !before.equals(now)) {
      LOG.debug("resource updated uri={} session={}", uri, session.id().orElse("-"));
      session.notifyResourceUpdated(uri);
    }
  }

  private void failed(Watch watch, String reason) {
    int failures = watch.failures.incrementAndGet();
    LOG.debug(
        "resource poll failed uri={} session={} failures={}: {}",
        watch.key.uri(),
        watch.key.session().id().orElse("-"),
        failures,
        reason);
    if (failures >= MAX_FAILURES) {
      LOG.info(
          "resource polling stopped after {} failures uri={} session={}",
          failures,
          watch.key.uri(),
          watch.key.session().id().orElse("-"));
      stop(watch);
    }
  }

  private String fingerprintOrNull(Watch watch) {
    try {
      return fingerprint(reader.read(watch.context, watch.key.uri()));
    } catch (McpException e) {
      return e.code() == ErrorCodes.RESOURCE_NOT_FOUND ? "gone" : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** SHA-256 of the compact JSON, without fields that change on every read (the read time). */
  static String fingerprint(ObjectNode json) {
    ObjectNode stable = json.deepCopy();
    VOLATILE_FIELDS.forEach(stable::remove);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(Json.writeBytes(stable));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }
}
