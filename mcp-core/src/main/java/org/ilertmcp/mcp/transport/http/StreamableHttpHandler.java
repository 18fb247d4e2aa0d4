package org.ilertmcp.mcp.transport.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.ErrorCodes;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import org.ilertmcp.mcp.jsonrpc.McpException;
import org.ilertmcp.mcp.server.Inbound;
import org.ilertmcp.mcp.server.McpServer;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.Outbound;
import org.ilertmcp.mcp.server.ProtocolVersions;
import org.ilertmcp.mcp.server.RequestMeta;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * MCP Streamable HTTP at one endpoint, as a Jetty core handler, for both protocol eras. A POST
 * whose body declares its version in {@code _meta} (or whose {@code MCP-Protocol-Version} is not a
 * legacy one) is served statelessly under 2026-07-28: no session, mirrored headers checked,
 * protocol errors with their HTTP status, closing the stream cancels. Everything else follows
 * 2025-11-25 (and 2025-06-18, 2025-03-26): POST for client messages, GET for the standalone server
 * stream with {@code Last-Event-ID} resumption, DELETE to end a session. Host, Origin, credential
 * and body checks are the same for both; every error is a JSON-RPC envelope.
 */
public final class StreamableHttpHandler extends Handler.Abstract {
  static final String SESSION_HEADER = "Mcp-Session-Id";
  static final String VERSION_HEADER = "MCP-Protocol-Version";
  private static final String CORS_HEADERS =
      "Content-Type, Authorization, Mcp-Session-Id, MCP-Protocol-Version, Mcp-Method, Mcp-Name,"
          + " Last-Event-ID, X-ILERT-MCP-Access, X-ILERT-MCP-Toolsets";

  private final McpServer server;
  private final HttpTransportConfig config;
  private final HttpSessions sessions;
  private final RequestGuard guard;
  private final HttpObserver observer;
  private final Set<PostExchange> held = ConcurrentHashMap.newKeySet();
  private final Set<PostExchange> running = ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.atomic.AtomicInteger unfinishedPosts =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile boolean draining;
  private ScheduledExecutorService scheduler;

  public StreamableHttpHandler(McpServer server, HttpTransportConfig config) {
    this(server, config, HttpObserver.NONE);
  }

  /** A handler that reports refusals, sessions and streams to {@code observer}. */
  public StreamableHttpHandler(
      McpServer server, HttpTransportConfig config, HttpObserver observer) {
    this.server = server;
    this.config = config;
    this.observer = observer;
    this.sessions = new HttpSessions(config, server, observer);
    this.guard = new RequestGuard(config.allowedHosts(), config.allowedOrigins());
  }

  HttpSessions sessions() {
    return sessions;
  }

  /** Number of live sessions (session mode). */
  public int sessionCount() {
    return sessions.size();
  }

  @Override
  protected void doStart() throws Exception {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "mcp-http-maintenance");
              t.setDaemon(true);
              return t;
            });
    long keepAlive = config.keepAliveInterval().toMillis();
    scheduler.scheduleWithFixedDelay(this::keepAlive, keepAlive, keepAlive, TimeUnit.MILLISECONDS);
    long liveness = config.livenessInterval().toMillis();
    scheduler.scheduleWithFixedDelay(this::probeRunning, liveness, liveness, TimeUnit.MILLISECONDS);
    long opening = Math.max(100, Math.min(1000, config.initTimeout().toMillis() / 4));
    scheduler.scheduleWithFixedDelay(
        sessions::expireUnestablished, opening, opening, TimeUnit.MILLISECONDS);
    long sweep = Math.max(1000, Math.min(60_000, config.sessionIdleTimeout().toMillis() / 4));
    scheduler.scheduleWithFixedDelay(sessions::expireIdle, sweep, sweep, TimeUnit.MILLISECONDS);
    super.doStart();
  }

  /**
   * Takes no new POSTs (503 with {@code Retry-After}: this instance is shutting down, another one
   * or the restarted server will serve them); requests already running go on.
   */
  public void drain() {
    draining = true;
  }

  /**
   * Waits up to {@code limit} until every POST answered so far has been written out, so a stop
   * right after delivers the answers instead of dropping their connections. Streams held open
   * ({@code subscriptions/listen}) do not finish and end at the limit.
   */
  public void awaitAnswersWritten(Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (unfinishedPosts.get() > 0 && System.nanoTime() < end) {
      Thread.sleep(20);
    }
  }

  @Override
  protected void doStop() throws Exception {
    scheduler.shutdownNow();
    sessions.closeAll();
    List.copyOf(held).forEach(PostExchange::clientGone);
    super.doStop();
  }

  private void keepAlive() {
    sessions.keepAlive();
    for (PostExchange exchange : held) {
      if (exchange.isHeld()) {
        exchange.probe();
      } else {
        held.remove(exchange);
      }
    }
  }

  /** Finds 2026-07-28 requests whose client closed the stream, which cancels them. */
  private void probeRunning() {
    long quick = config.livenessInterval().toNanos();
    for (PostExchange exchange : running) {
      if (exchange.runningFor(quick)) { // quick answers keep their plain JSON and HTTP status
        exchange.probe();
      }
    }
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!isEndpoint(Request.getPathInContext(request))) {
      return false;
    }
    HttpFields headers = request.getHeaders();
    String origin = headers.get(HttpHeader.ORIGIN);
    if (!guard.hostAllowed(headers.get(HttpHeader.HOST))) {
      return error(response, callback, 403, ErrorCodes.INVALID_REQUEST, "Host not allowed");
    }
    if (origin != null && !guard.originAllowed(origin)) {
      return error(response, callback, 403, ErrorCodes.INVALID_REQUEST, "Origin not allowed");
    }
    if (origin != null) {
      cors(response, origin);
    }
    try {
      switch (request.getMethod()) {
        case "POST" -> post(request, response, counted(callback));
        case "GET" -> get(request, response, callback);
        case "DELETE" -> delete(request, response, callback);
        case "OPTIONS" -> preflight(response, callback);
        default -> methodNotAllowed(response, callback);
      }
    } catch (HttpFailure failure) {
      observer.rejected(failure.status(), failure.reason());
      failure.send(response, callback);
    }
    return true;
  }

  /** {@code callback}, counted among the POSTs whose answer is not written yet. */
  private Callback counted(Callback callback) {
    unfinishedPosts.incrementAndGet();
    return new Callback() {
      @Override
      public void succeeded() {
        unfinishedPosts.decrementAndGet();
        callback.succeeded();
      }

      @Override
      public void failed(Throwable x) {
        unfinishedPosts.decrementAndGet();
        callback.failed(x);
      }

      @Override
      public InvocationType getInvocationType() {
        return callback.getInvocationType();
      }
    };
  }

  private void post(Request request, Response response, Callback callback) {
    HttpFields headers = request.getHeaders();
    if (draining) {
      throw HttpFailure.retryLater(
          503,
          ErrorCodes.UNAVAILABLE,
          "This server is shutting down; retry, another instance or the restarted server will"
              + " serve it",
          2);
    }
    byte[] body = readBody(request);
    JsonNode message = tryParse(body);
    // Every refusal from here on names the request it refuses, when its id is a valid one.
    JsonNode id = JsonRpc.replyId(message);
    try {
      requireJsonContent(headers);
      requireAccepts(headers, true);
      Optional<String> credential = credential(headers);
      if (message == null) {
        throw new HttpFailure(
            400, ErrorCodes.PARSE_ERROR, "Parse error: body is not valid JSON", null);
      }
      String headerVersion = headers.get(VERSION_HEADER);
      JsonRpc.Kind kind = classify(message);
      ObjectNode msg = (ObjectNode) message;
      if (RequestMeta.declared(msg.get("params"))
          || (headerVersion != null && !ProtocolVersions.isSupported(headerVersion))) {
        modernPost(request, response, callback, msg, kind, credential);
      } else {
        legacyPost(request, response, callback, msg, kind, credential, headerVersion);
      }
    } catch (HttpFailure failure) {
      throw failure.withId(id);
    }
  }

  /** 2026-07-28: one stateless request per POST; no session is issued, looked up or required. */
  private void modernPost(
      Request request,
      Response response,
      Callback callback,
      ObjectNode msg,
      JsonRpc.Kind kind,
      Optional<String> credential) {
    HttpFields headers = request.getHeaders();
    JsonNode id = JsonRpc.replyId(msg);
    JsonNode params = msg.get("params");
    String headerVersion = headers.get(VERSION_HEADER);
    if (!RequestMeta.declared(params) && !ProtocolVersions.isModern(headerVersion)) {
      throw HttpFailure.of(
          400, McpException.unsupportedVersion(headerVersion, ProtocolVersions.ALL), id);
    }
    if (kind == JsonRpc.Kind.RESPONSE) {
      throw new HttpFailure(
          400, ErrorCodes.INVALID_REQUEST, "A 2026-07-28 client sends no responses", id);
    }
    if (kind == JsonRpc.Kind.NOTIFICATION) {
      // Closing the response stream is the cancellation over HTTP; nothing else is defined.
      response.setStatus(202);
      response.write(true, null, callback);
      return;
    }
    String method = msg.get("method").stringValue();
    RequestMeta meta;
    try {
      meta = RequestMeta.parse(params);
      ModernHeaders.check(headers, method, params, meta);
      meta.requireSupported();
    } catch (McpException e) {
      throw HttpFailure.of(400, e, id);
    }
    McpSession connection =
        new McpSession(null, McpSession.hash(credential), meta.protocolVersion());
    PostExchange exchange =
        new PostExchange(response, callback, LogicalStream::unrecorded, false, observer);
    request.addFailureListener(failure -> exchange.clientGone());
    Fields query = Request.extractQueryParameters(request);
    running.add(exchange);
    Inbound inbound =
        inbound(connection, credential, meta.protocolVersion(), headers, query, exchange);
    server.serve(
        msg,
        inbound,
        result -> {
          running.remove(exchange);
          if (exchange.isHeld()) {
            held.add(exchange);
          }
          exchange.finish(result, modernStatus(result));
        });
  }

  /** The HTTP status of a 2026-07-28 answer: protocol errors the spec gives a status carry it. */
  private static int modernStatus(ObjectNode result) {
    JsonNode error = result == null ? null : result.get("error");
    if (error == null) {
      return 200;
    }
    return switch (error.path("code").asInt()) {
      case ErrorCodes.METHOD_NOT_FOUND -> 404;
      case ErrorCodes.HEADER_MISMATCH,
          ErrorCodes.MISSING_CLIENT_CAPABILITY,
          ErrorCodes.UNSUPPORTED_PROTOCOL_VERSION ->
          400;
      default -> 200;
    };
  }

  private void legacyPost(
      Request request,
      Response response,
      Callback callback,
      ObjectNode msg,
      JsonRpc.Kind kind,
      Optional<String> credential,
      String headerVersion) {
    HttpFields headers = request.getHeaders();
    boolean initialize =
        kind == JsonRpc.Kind.REQUEST && "initialize".equals(msg.get("method").stringValue());
    String hash = McpSession.hash(credential);
    HttpSession httpSession = null;
    HttpSessions.ClientState clientState = null;
    McpSession session;
    if (config.stateless()) {
      clientState = sessions.clientState(hash);
      session = clientState.mcp();
    } else if (initialize) {
      HttpSessions.Opened opened = sessions.open(hash);
      httpSession = opened.session();
      if (httpSession == null) {
        throw refusal(opened.refusal());
      }
      session = httpSession.mcp();
      response.getHeaders().put(SESSION_HEADER, session.id().orElseThrow());
    } else {
      httpSession = existingSession(headers, hash);
      session = httpSession.mcp();
    }
    String version =
        headerVersion != null
            ? headerVersion
            : config.stateless() ? ProtocolVersions.HTTP_DEFAULT : session.protocolVersion();
    Fields query = Request.extractQueryParameters(request);
    if (kind != JsonRpc.Kind.REQUEST) {
      Inbound inbound = inbound(session, credential, version, headers, query, Outbound.NONE);
      if (kind == JsonRpc.Kind.NOTIFICATION) {
        server.handleNotification(msg, inbound);
      } else {
        server.handleResponse(msg, inbound);
      }
      response.setStatus(202);
      response.write(true, null, callback);
      return;
    }
    HttpSession streamOwner = httpSession;
    Supplier<LogicalStream> streams =
        streamOwner == null
            ? LogicalStream::unrecorded
            : () -> streamOwner.newStream(config.sseRetry().toMillis());
    PostExchange exchange =
        new PostExchange(response, callback, streams, httpSession != null, observer);
    if (clientState != null) {
      clientState.openExchanges().add(exchange);
    }
    HttpSessions.ClientState state = clientState;
    HttpSession opened = initialize ? httpSession : null;
    server.serve(
        msg,
        inbound(session, credential, version, headers, query, exchange),
        result -> {
          if (state != null) {
            state.openExchanges().remove(exchange);
          }
          if (opened != null && (result == null || result.has("error"))) {
            response.getHeaders().remove(SESSION_HEADER);
            sessions.close(opened);
          }
          exchange.finish(result);
        });
  }

  private void get(Request request, Response response, Callback callback) {
    if (config.stateless() || modernHeader(request)) {
      methodNotAllowed(response, callback);
      return;
    }
    HttpFields headers = request.getHeaders();
    requireAccepts(headers, false);
    String hash = McpSession.hash(credential(headers));
    legacyVersionHeader(headers);
    HttpSession session = existingSession(headers, hash);
    session.mcp().touch();
    sseHeaders(response);
    SseConnection connection = new SseConnection(response, callback, observer);
    String lastEventId = headers.get("Last-Event-ID");
    LogicalStream stream = lastEventId == null ? null : session.streamOf(lastEventId);
    if (stream == null) {
      session.standalone().attach(connection);
    } else {
      connection.comment("resuming");
      stream.resume(connection, HttpSession.seqOf(lastEventId));
    }
  }

  private void delete(Request request, Response response, Callback callback) {
    if (config.stateless() || modernHeader(request)) {
      methodNotAllowed(response, callback);
      return;
    }
    HttpFields headers = request.getHeaders();
    HttpSession session = existingSession(headers, McpSession.hash(credential(headers)));
    sessions.close(session);
    response.setStatus(204);
    response.write(true, null, callback);
  }

  private void preflight(Response response, Callback callback) {
    response.setStatus(204);
    response.getHeaders().put("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS");
    response.getHeaders().put("Access-Control-Allow-Headers", CORS_HEADERS);
    response.getHeaders().put("Access-Control-Max-Age", "600");
    response.write(true, null, callback);
  }

  /** A GET or DELETE from a 2026-07-28 client, which has neither. */
  private static boolean modernHeader(Request request) {
    return ProtocolVersions.isModern(request.getHeaders().get(VERSION_HEADER));
  }

  private void methodNotAllowed(Response response, Callback callback) {
    response.getHeaders().put(HttpHeader.ALLOW, config.stateless() ? "POST" : "GET, POST, DELETE");
    error(response, callback, 405, ErrorCodes.INVALID_REQUEST, "Method not allowed");
  }

  private HttpFailure refusal(HttpSessions.Refusal refusal) {
    int retryAfter = (int) Math.max(1, config.initTimeout().toSeconds());
    return refusal == HttpSessions.Refusal.KEY_FULL
        ? HttpFailure.retryLater(
            429,
            ErrorCodes.LIMIT_EXCEEDED,
            "This credential already holds "
                + config.maxSessionsPerKey()
                + " sessions, the most one may; end unused ones (HTTP DELETE) or reuse one",
            retryAfter)
        : HttpFailure.retryLater(
            503,
            ErrorCodes.LIMIT_EXCEEDED,
            "Too many sessions on this server; retry in " + retryAfter + " s",
            retryAfter);
  }

  private HttpSession existingSession(HttpFields headers, String credentialHash) {
    String id = headers.get(SESSION_HEADER);
    if (id == null || id.isBlank()) {
      throw new HttpFailure(
          400, ErrorCodes.SESSION_ERROR, "Missing Mcp-Session-Id header; initialize first", null);
    }
    HttpSession session = sessions.get(id);
    if (session == null) {
      throw new HttpFailure(
          404, ErrorCodes.SESSION_ERROR, "Session not found; initialize a new session", null);
    }
    if (!session.mcp().credentialHash().equals(credentialHash)) {
      throw new HttpFailure(
          403,
          ErrorCodes.SESSION_ERROR,
          "This session belongs to another credential; initialize a new session",
          null);
    }
    session.markUsed();
    return session;
  }

  private Optional<String> credential(HttpFields headers) {
    String value = headers.get(HttpHeader.AUTHORIZATION);
    boolean bearer =
        value != null
            && value.regionMatches(true, 0, "Bearer ", 0, 7)
            && !value.substring(7).isBlank();
    if (config.requireCredentials() && !bearer) {
      throw new HttpFailure(
          401,
          ErrorCodes.UNAUTHORIZED,
          "Missing credentials: send Authorization: Bearer <API key>",
          null);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private static void legacyVersionHeader(HttpFields headers) {
    String version = headers.get(VERSION_HEADER);
    if (version != null && !ProtocolVersions.isSupported(version)) {
      throw HttpFailure.of(
          400, McpException.unsupportedVersion(version, ProtocolVersions.ALL), null);
    }
  }

  /** The configured path, also with a trailing slash as a URL is often written ({@code /mcp/}). */
  private boolean isEndpoint(String path) {
    return config.path().equals(path) || (config.path() + "/").equals(path);
  }

  private static void requireJsonContent(HttpFields headers) {
    String type = headers.get(HttpHeader.CONTENT_TYPE);
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new HttpFailure(
          415, ErrorCodes.INVALID_REQUEST, "Content-Type must be application/json", null);
    }
  }

  private static void requireAccepts(HttpFields headers, boolean post) {
    String accept = headers.get(HttpHeader.ACCEPT);
    if (accept == null || accept.contains("*/*")) {
      return;
    }
    String lower = accept.toLowerCase(Locale.ROOT);
    // a range (text/*, application/*) covers its types as */* covers all
    boolean sse = lower.contains("text/event-stream") || lower.contains("text/*");
    boolean json = lower.contains("application/json") || lower.contains("application/*");
    if (post ? !(sse && json) : !sse) {
      throw new HttpFailure(
          406,
          ErrorCodes.INVALID_REQUEST,
          post
              ? "Accept must include application/json and text/event-stream"
              : "Accept must include text/event-stream",
          null);
    }
  }

  private byte[] readBody(Request request) {
    long declared = request.getLength();
    int max = config.maxBodyBytes();
    if (declared > max) {
      throw tooLarge(max);
    }
    try (InputStream in = Request.asInputStream(request)) {
      byte[] body = in.readNBytes(max + 1);
      if (body.length > max) {
        throw tooLarge(max);
      }
      return body;
    } catch (IOException e) {
      throw new HttpFailure(400, ErrorCodes.PARSE_ERROR, "Could not read the request body", null);
    }
  }

  private static HttpFailure tooLarge(int max) {
    return new HttpFailure(
        413, ErrorCodes.INVALID_REQUEST, "Request body larger than " + max + " bytes", null);
  }

  /** The body as JSON, or {@code null} when it is not valid JSON. */
  private static JsonNode tryParse(byte[] body) {
    try {
      return Json.parseMessage(body);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static JsonRpc.Kind classify(JsonNode message) {
    try {
      return JsonRpc.classify(message);
    } catch (McpException e) {
      throw new HttpFailure(400, e.code(), e.getMessage(), JsonRpc.replyId(message));
    }
  }

  private static Inbound inbound(
      McpSession session,
      Optional<String> credential,
      String version,
      HttpFields headers,
      Fields query,
      Outbound outbound) {
    return new Inbound(
        session,
        credential,
        version,
        name -> Optional.ofNullable(headers.get(name)),
        name -> Optional.ofNullable(query.getValue(name)),
        outbound);
  }

  static void sseHeaders(Response response) {
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.getHeaders().put("X-Accel-Buffering", "no");
  }

  private static void cors(Response response, String origin) {
    response.getHeaders().put("Access-Control-Allow-Origin", origin);
    response.getHeaders().put(HttpHeader.VARY, "Origin");
    response
        .getHeaders()
        .put(
            "Access-Control-Expose-Headers",
            "Mcp-Session-Id, MCP-Protocol-Version, WWW-Authenticate");
  }

  private boolean error(
      Response response, Callback callback, int status, int code, String message) {
    HttpFailure failure = new HttpFailure(status, code, message, null);
    observer.rejected(status, failure.reason());
    failure.send(response, callback);
    return true;
  }
}
