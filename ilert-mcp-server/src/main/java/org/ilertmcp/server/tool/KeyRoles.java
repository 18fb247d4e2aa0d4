package org.ilertmcp.server.tool;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.common.User;

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

  private final Lookups lookups;
  private final Cache<String, Role> roles;

  public KeyRoles(Lookups lookups) {
    this(lookups, Ticker.systemTicker());
  }

  /** The same on {@code ticker} (tests pass a manual one). */
  public KeyRoles(Lookups lookups, Ticker ticker) {
    this.lookups = lookups;
    this.roles =
        Caffeine.newBuilder()
            .maximumSize(MAX_KEYS)
            .expireAfter(Expiry.<String, Role>creating((key, role) -> ttl(role)))
            .ticker(ticker)
            .build();
  }

  /**
   * The role of the key behind {@code ctx}: cached, else read from ilert within {@code ctx}'s
   * deadline. Concurrent requests of one key share one read.
   */
  public Role role(CallContext ctx) {
    if (ctx.authorization() == null) {
      return Role.UNKNOWN;
    }
    return roles.get(ctx.keyFingerprint(), key -> read(ctx));
  }

  /** The role of the key behind {@code ctx} if it is cached; never reads. */
  public Role cached(CallContext ctx) {
    if (ctx.authorization() == null) {
      return Role.UNKNOWN;
    }
    Role role = roles.getIfPresent(ctx.keyFingerprint());
    return role == null ? Role.UNKNOWN : role;
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
