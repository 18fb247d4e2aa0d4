package org.ilertmcp.server.confirm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.tool.input.ToolInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two-step confirmation an operator may allow for clients that cannot ask a person: the first
 * call returns the preview and a token, the second call with the same arguments and the token acts.
 * A token is {@code ct1.<payload>.<HMAC-SHA256>}: bound to the tool, a digest of the canonical
 * arguments and the caller's key hash, short-lived, and accepted once per process. It is signed
 * with a key derived from the request-state secret, so replicas that share that secret accept each
 * other's tokens (across replicas only the expiry bounds a replay).
 */
public final class ConfirmationTokens {
  /** Most tokens remembered as used at once; above it confirmations by token are refused. */
  static final int MAX_REMEMBERED = 100_000;

  private static final String PREFIX = "ct1.";
  private static final String HMAC = "HmacSHA256";

  private final SecretKeySpec key;
  private final Duration ttl;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Cache<String, Boolean> used;

  /** What a token belongs to. */
  public record Binding(String tool, String argumentsDigest, String credentialHash) {}

  /** A token and when it stops being accepted. */
  public record Issued(String token, Instant expiresAt) {}

  /**
   * @param secret the request-state secret (the token key is derived from it)
   * @param ttl how long a token is accepted
   */
  public ConfirmationTokens(byte[] secret, Duration ttl, Clock clock) {
    this.key = derive(secret);
    this.ttl = ttl;
    this.clock = clock;
    this.used = Caffeine.newBuilder().expireAfterWrite(ttl).build();
  }

  /** A new token for {@code binding}. */
  public Issued issue(Binding binding) {
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    long expiry = clock.millis() + ttl.toMillis();
    ObjectNode payload =
        Json.object()
            .put("t", binding.tool())
            .put("a", binding.argumentsDigest())
            .put("k", binding.credentialHash())
            .put("e", expiry)
            .put("n", HexFormat.of().formatHex(nonce));
    String body = PREFIX + base64(Json.writeBytes(payload));
    return new Issued(body + "." + base64(mac(body)), Instant.ofEpochMilli(expiry));
  }

  /**
   * Accepts {@code token} for {@code binding} and marks it used.
   *
   * @throws ToolInputException with one sentence naming the fix when it is forged, altered,
   *     expired, used before, or belongs to other arguments, another tool or another key
   */
  public void redeem(String token, Binding binding) {
    ObjectNode payload = verified(token);
    if (!binding.tool().equals(Json.string(payload, "t"))) {
      throw refused("was issued for another tool");
    }
    if (!binding.argumentsDigest().equals(Json.string(payload, "a"))) {
      throw refused("was issued for other arguments; the arguments must be exactly the same");
    }
    if (!binding.credentialHash().equals(Json.string(payload, "k"))) {
      throw refused("was issued to another API key");
    }
    if (clock.millis() >= payload.path("e").asLong(0)) {
      throw refused("has expired");
    }
    used.cleanUp();
    if (used.estimatedSize() >= MAX_REMEMBERED) {
      throw new ToolInputException(
          "Too many confirmations are pending on this server; nothing was changed, try again in a"
              + " few minutes.");
    }
    if (used.asMap().putIfAbsent(Json.string(payload, "n"), Boolean.TRUE) != null) {
      throw refused("was already used; each token confirms one call");
    }
  }

  private ObjectNode verified(String token) {
    int dot = token.lastIndexOf('.');
    if (!token.startsWith(PREFIX) || dot <= PREFIX.length()) {
      throw refused("is not one this server issued");
    }
    String body = token.substring(0, dot);
    try {
      byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(signature, mac(body))) {
        throw refused("failed its integrity check (altered, or issued by another deployment)");
      }
      JsonNode payload = Json.parse(Base64.getUrlDecoder().decode(body.substring(PREFIX.length())));
      if (payload instanceof ObjectNode object) {
        return object;
      }
    } catch (IllegalArgumentException | JacksonException e) {
      // Not base64 or not JSON: not ours.
    }
    throw refused("is not one this server issued");
  }

  private byte[] mac(String body) {
    return hmac(key, body.getBytes(StandardCharsets.US_ASCII));
  }

  /** The token key: HMAC of a fixed label under the secret, so it differs from the state key. */
  private static SecretKeySpec derive(byte[] secret) {
    byte[] label = "ilert-mcp confirmation token v1".getBytes(StandardCharsets.US_ASCII);
    return new SecretKeySpec(hmac(new SecretKeySpec(secret, HMAC), label), HMAC);
  }

  private static byte[] hmac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static ToolInputException refused(String why) {
    return new ToolInputException(
        "confirmation_token "
            + why
            + "; nothing was changed. Call again without confirmation_token to get a new preview"
            + " and token.");
  }
}
