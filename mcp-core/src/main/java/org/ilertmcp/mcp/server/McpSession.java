package org.ilertmcp.mcp.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.ilertmcp.mcp.context.LogLevel;
import org.ilertmcp.mcp.context.Session;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the server knows about one connected client: the negotiated revision, its capabilities, its
 * log level and resource subscriptions. A session is bound to a hash of the credential that opened
 * it; the credential itself is never kept.
 */
public final class McpSession implements Session {
  // MessageDigest.getInstance costs more than the hash itself; one digest per thread is reused.
  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("SHA-256 is required by the Java platform", e);
            }
          });

  private final String id;
  private final String credentialHash;
  private final boolean canPush;
  private final Set<String> subscriptions = ConcurrentHashMap.newKeySet();
  private volatile String protocolVersion;
  private volatile ObjectNode clientCapabilities = Json.object();
  private volatile ObjectNode clientInfo = Json.object();
  private volatile LogLevel logLevel = LogLevel.INFO;
  private volatile boolean initialized;
  private volatile boolean closed;
  private volatile long lastActivityNanos = System.nanoTime();
  private volatile Consumer<ObjectNode> notifier = message -> {};
  private volatile Predicate<String> wanted = method -> true;

  /**
   * @param id the session id sent to the client, or {@code null} when the transport has none
   * @param credentialHash {@link #hash} of the credential that opened the session
   * @param protocolVersion the revision assumed until {@code initialize} negotiates one
   */
  public McpSession(String id, String credentialHash, String protocolVersion) {
    this(id, credentialHash, protocolVersion, true);
  }

  /**
   * @param canPush whether messages outside a request reach the client (false for stateless HTTP,
   *     where no stream outlives a request: subscriptions are not offered)
   */
  public McpSession(String id, String credentialHash, String protocolVersion, boolean canPush) {
    this.id = id;
    this.credentialHash = credentialHash;
    this.protocolVersion = protocolVersion;
    this.canPush = canPush;
  }

  /** Whether messages outside a request reach the client, so subscriptions can work. */
  public boolean canPush() {
    return canPush;
  }

  /** SHA-256 of a credential, hex-encoded; the empty credential hashes too. */
  public static String hash(Optional<String> credential) {
    byte[] bytes = SHA256.get().digest(credential.orElse("").getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  @Override
  public String credentialHash() {
    return credentialHash;
  }

  @Override
  public String protocolVersion() {
    return protocolVersion;
  }

  @Override
  public ObjectNode clientCapabilities() {
    return clientCapabilities;
  }

  @Override
  public ObjectNode clientInfo() {
    return clientInfo;
  }

  @Override
  public LogLevel logLevel() {
    return logLevel;
  }

  public boolean isInitialized() {
    return initialized;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public Set<String> subscriptions() {
    return Set.copyOf(subscriptions);
  }

  @Override
  public boolean isSubscribed(String uri) {
    return subscriptions.contains(uri);
  }

  /** Nanosecond timestamp ({@link System#nanoTime()}) of the last request in this session. */
  public long lastActivityNanos() {
    return lastActivityNanos;
  }

  @Override
  public void notifyResourceUpdated(String uri) {
    if (subscriptions.contains(uri)) {
      notify(
          JsonRpc.notification("notifications/resources/updated", Json.object().put("uri", uri)));
    }
  }

  @Override
  public void notify(ObjectNode message) {
    if (!closed && wanted.test(Json.string(message, "method"))) {
      notifier.accept(message);
    }
  }

  /** Set by the transport: how messages outside a request reach the client. */
  public void notifier(Consumer<ObjectNode> notifier) {
    this.notifier = notifier;
  }

  /** Limits the notifications sent outside requests to the methods {@code wanted} accepts. */
  void notifyOnly(Predicate<String> wanted) {
    this.wanted = wanted;
  }

  void initialize(String version, ObjectNode capabilities, ObjectNode info) {
    this.protocolVersion = version;
    this.clientCapabilities = capabilities;
    this.clientInfo = info;
  }

  void markInitialized() {
    this.initialized = true;
  }

  void logLevel(LogLevel level) {
    this.logLevel = level;
  }

  boolean subscribe(String uri) {
    return subscriptions.add(uri);
  }

  boolean unsubscribe(String uri) {
    return subscriptions.remove(uri);
  }

  /** Records activity; transports call this for every message of the session. */
  public void touch() {
    lastActivityNanos = System.nanoTime();
  }

  void markClosed() {
    closed = true;
    subscriptions.clear();
  }
}
