package org.ilertmcp.server.tool;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.RetryBudget;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.http.WaitListener;

/**
 * The ilert role of each API key's user, as the access tier it allows: read once per key (through
 * the key's {@link Lookups}) and kept briefly, so the tool list offers only what ilert lets the key
 * do. A role that cannot be read in time (ilert slow or down, key rejected) is "unknown" for a few
 * seconds: the server's own ceiling then applies and ilert stays the judge of each request.
 */
public final class KeyRoles {
  /** How long a key's role is kept. */
  public static final Duration KNOWN_TTL = Duration.ofMinutes(2);

  /** How long a role that could not be read counts as unknown before it is read again. */
  public static final Duration UNKNOWN_TTL = Duration.ofSeconds(10);

  /** How long a caller without a deadline waits for a role read. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

  /** Most keys whose role is kept. */
  public static final long MAX_KEYS = 10_000;

  /** A key's role and the tier it allows; both empty when unknown. */
  public record Role(Optional<String> name, Optional<AccessTier> tier) {
    static final Role UNKNOWN = new Role(Optional.empty(), Optional.empty());

    /** Whether this role allows tools of {@code needed}; an unknown role allows everything. */
    public boolean allows(AccessTier needed) {
      return tier.map(t -> t.allows(needed)).orElse(true);
    }

    /** {@code tier} lowered to what this role allows. */
    public AccessTier limit(AccessTier tier) {
      return this.tier.map(tier::min).orElse(tier);
    }
  }

  /** Most role reads at once; more wait for a free reader. */
  static final int READERS = 4;

  private final Lookups lookups;
  private final AsyncCache<String, Role> roles;

  public KeyRoles(Lookups lookups) {
    this(lookups, Ticker.systemTicker());
  }

  /** The same on {@code ticker} (tests pass a manual one). */
  public KeyRoles(Lookups lookups, Ticker ticker) {
    this.lookups = lookups;
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            READERS,
            READERS,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            r -> {
              Thread t = new Thread(r, "ilert-role-reader");
              t.setDaemon(true);
              return t;
            });
    pool.allowCoreThreadTimeOut(true);
    this.roles =
        Caffeine.newBuilder()
            .maximumSize(MAX_KEYS)
            .expireAfter(Expiry.<String, Role>creating((key, role) -> ttl(role)))
            .executor(pool)
            .ticker(ticker)
            .buildAsync();
  }

  /**
   * The role of the key behind {@code ctx}: cached, else read from ilert, waiting no longer than
   * {@code ctx}'s deadline (a read still under way then is kept for later callers and the answer is
   * "unknown" for now). Concurrent requests of one key share one read.
   */
  public Role role(CallContext ctx) {
    if (ctx.authorization() == null) {
      return Role.UNKNOWN;
    }
    CompletableFuture<Role> read = start(ctx);
    long waitMillis =
        ctx.deadline() == null
            ? DEFAULT_WAIT.toMillis()
            : Math.max(0, Duration.between(Instant.now(), ctx.deadline()).toMillis());
    try {
      return read.get(waitMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      return Role.UNKNOWN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Role.UNKNOWN;
    }
  }

  /**
   * Starts reading the role of the key behind {@code ctx} and returns at once (stdio serves one
   * key: its role is read while the client starts up); a later {@link #role} joins this read.
   */
  public void prefetch(CallContext ctx) {
    if (ctx.authorization() != null) {
      start(ctx);
    }
  }

  /** The role of the key behind {@code ctx} if it is known now; never reads or waits. */
  public Role cached(CallContext ctx) {
    if (ctx.authorization() == null) {
      return Role.UNKNOWN;
    }
    CompletableFuture<Role> role = roles.getIfPresent(ctx.keyFingerprint());
    return role != null && role.isDone() && !role.isCompletedExceptionally()
        ? role.join()
        : Role.UNKNOWN;
  }

  private CompletableFuture<Role> start(CallContext ctx) {
    // The read may outlive the request that started it: it tells that request of no waits. It is
    // not retried: the role only narrows the tool list, and a list held up by retries against an
    // ilert that does not answer is worse than the whole list, which ilert then judges call by
    // call, until the role is read again (UNKNOWN_TTL).
    CallContext quiet = ctx.withWaitListener(WaitListener.NONE).withRetryBudget(RetryBudget.of(0));
    return roles.get(
        ctx.keyFingerprint(),
        (key, executor) -> CompletableFuture.supplyAsync(() -> read(quiet), executor));
  }

  /**
   * The access tier an ilert role allows through this server: ADMIN everything, USER up to incident
   * communication, overrides and maintenance windows ({@code manage}), RESPONDER acting on alerts
   * ({@code respond}), STAKEHOLDER, GUEST and any other role reading. Empty for no role.
   */
  public static Optional<AccessTier> tierOf(String role) {
    if (role == null || role.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        switch (role.strip().toUpperCase(Locale.ROOT)) {
          case "ADMIN", "OWNER" -> AccessTier.ADMIN;
          case "USER" -> AccessTier.MANAGE;
          case "RESPONDER" -> AccessTier.RESPOND;
          default -> AccessTier.READ;
        });
  }

  private Role read(CallContext ctx) {
    try {
      User user = lookups.currentUser(ctx);
      String name = user == null ? null : user.role();
      Optional<AccessTier> tier = tierOf(name);
      return tier.isEmpty()
          ? Role.UNKNOWN
          : new Role(Optional.of(name.strip().toUpperCase(Locale.ROOT)), tier);
    } catch (IlertApiException e) {
      return Role.UNKNOWN;
    }
  }

  private static Duration ttl(Role role) {
    return role.tier().isPresent() ? KNOWN_TTL : UNKNOWN_TTL;
  }
}
