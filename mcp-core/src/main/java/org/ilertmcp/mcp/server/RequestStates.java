package org.ilertmcp.mcp.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.McpException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issues and checks the {@code requestState} of multi-round-trip requests (2026-07-28). A state is
 * opaque to the client and signed with HMAC-SHA256 under a server secret, so any replica holding
 * the same secret can continue the request and nobody can forge or alter one. It is bound to the
 * method, its target (tool, prompt or URI), a digest of the arguments and the caller's credential
 * hash; it expires; and each state is accepted once per process (a replay within its lifetime is
 * refused; across replicas only the expiry bounds it).
 */
public final class RequestStates {
  /** Shortest accepted secret: 256 bits, the HMAC-SHA256 block-size guidance. */
  public static final int MIN_SECRET_BYTES = 32;

  /** Most states remembered as used at once; above it new continuations are refused. */
  static final int MAX_REMEMBERED = 100_000;

  private static final String PREFIX = "s1.";
  private static final String HMAC = "HmacSHA256";
  private static final JsonMapper CANONICAL =
      JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("SHA-256 is required by the Java platform", e);
            }
          });

  private final SecretKeySpec key;
  private final Duration ttl;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Long> used = new ConcurrentHashMap<>();

  /** What a state belongs to; a state presented with any other binding is refused. */
  record Binding(String method, String target, String argumentsDigest, String credentialHash) {}

  /** The verified contents of a state: what was asked, and what was answered in earlier rounds. */
  record Contents(ObjectNode asked, ObjectNode answers) {}

  RequestStates(byte[] secret, Duration ttl, Clock clock) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "the request-state secret needs at least " + MIN_SECRET_BYTES + " bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), HMAC);
    this.ttl = ttl;
    this.clock = clock;
  }

  /** A random per-process secret: states then continue only on this process. */
  public static byte[] randomSecret() {
    byte[] secret = new byte[MIN_SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    return secret;
  }

  /** SHA-256 of the canonical JSON (sorted keys) of {@code value}, hex-encoded. */
  public static String digest(JsonNode value) {
    byte[] json = CANONICAL.writeValueAsBytes(value == null ? Json.object() : value);
    return HexFormat.of().formatHex(SHA256.get().digest(json));
  }

  /** Signs a new state for {@code binding} with the questions asked and the answers so far. */
  String issue(Binding binding, ObjectNode asked, ObjectNode answers) {
    byte[] nonce = new byte[16];
    random.nextBytes(nonce);
    ObjectNode payload =
        Json.object()
            .put("m", binding.method())
            .put("t", binding.target())
            .put("a", binding.argumentsDigest())
            .put("k", binding.credentialHash())
            .put("e", clock.millis() + ttl.toMillis())
            .put("n", HexFormat.of().formatHex(nonce));
    payload.set("q", asked);
    payload.set("r", answers);
    String body = PREFIX + base64(Json.writeBytes(payload));
    return body + "." + base64(mac(body));
  }

  /**
   * Verifies a state presented with a request and marks it used.
   *
   * @throws McpException invalid params when it is forged, altered, expired, used before, or
   *     belongs to another request or credential
   */
  Contents open(String token, Binding binding) {
    ObjectNode payload = verified(token);
    if (!binding.method().equals(Json.string(payload, "m"))
        || !binding.target().equals(Json.string(payload, "t"))
        || !binding.argumentsDigest().equals(Json.string(payload, "a"))) {
      throw refused("belongs to another request (method, name or arguments differ)");
    }
    if (!binding.credentialHash().equals(Json.string(payload, "k"))) {
      throw refused("was issued to another credential");
    }
    long expiry = payload.path("e").asLong(0);
    long now = clock.millis();
    if (now >= expiry) {
      throw refused("has expired");
    }
    remember(Json.string(payload, "n"), expiry, now);
    ObjectNode asked = Json.objectOrNull(payload, "q");
    ObjectNode answers = Json.objectOrNull(payload, "r");
    return new Contents(
        asked == null ? Json.object() : asked, answers == null ? Json.object() : answers);
  }

  private ObjectNode verified(String token) {
    int dot = token.lastIndexOf('.');
    if (!token.startsWith(PREFIX) || dot <= PREFIX.length()) {
      throw refused("is not one this server issued");
    }
    String body = token.substring(0, dot);
    byte[] signature;
    byte[] json;
    try {
      signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
      json = Base64.getUrlDecoder().decode(body.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw refused("is not one this server issued");
    }
    if (!MessageDigest.isEqual(signature, mac(body))) {
      throw refused("failed its integrity check (altered, or signed with another secret)");
    }
    try {
      JsonNode payload = Json.parse(json);
      if (payload instanceof ObjectNode) {
        return (ObjectNode) payload;
      }
    } catch (JacksonException e) {
      // A valid signature over a malformed payload cannot happen unless the secret leaked.
    }
    throw refused("is not one this server issued");
  }

  private void remember(String nonce, long expiry, long now) {
    if (used.size() >= MAX_REMEMBERED) {
      for (Iterator<Long> it = used.values().iterator(); it.hasNext(); ) {
        if (it.next() <= now) {
          it.remove();
        }
      }
      if (used.size() >= MAX_REMEMBERED) {
        throw new McpException(
            ErrorCodes.INTERNAL_ERROR,
            "Too many requests waiting for input; try again in a few minutes");
      }
    }
    if (used.putIfAbsent(nonce, expiry) != null) {
      throw refused("was already used; each state continues a request once");
    }
  }

  private byte[] mac(String body) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required by the Java platform", e);
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static McpException refused(String why) {
    return McpException.invalidParams(
        "requestState "
            + why
            + "; send the request again without inputResponses and requestState to start over");
  }
}
