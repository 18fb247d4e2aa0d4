package org.ilertmcp.server.resources;

import java.time.Duration;
import java.util.Optional;
import org.ilertmcp.mcp.context.CancelledException;
import org.ilertmcp.mcp.context.LogLevel;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.context.Session;
import org.ilertmcp.mcp.jsonrpc.McpException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The request context of a background poll: the subscriber's credential and team context, no client
 * to talk to. Lives exactly as long as its subscription.
 */
final class PollContext implements RequestContext {
  private final Session session;
  private final String credential;
  private final String teamContext;

  PollContext(Session session, String credential, String teamContext) {
    this.session = session;
    this.credential = credential;
    this.teamContext = teamContext;
  }

  @Override
  public Optional<String> credential() {
    return Optional.ofNullable(credential);
  }

  @Override
  public Optional<String> sessionId() {
    return session.id();
  }

  @Override
  public Session session() {
    return session;
  }

  @Override
  public String protocolVersion() {
    return session.protocolVersion();
  }

  @Override
  public Optional<String> header(String name) {
    return "X-ILERT-Team-Context".equalsIgnoreCase(name)
        ? Optional.ofNullable(teamContext)
        : Optional.empty();
  }

  @Override
  public Optional<String> queryParameter(String name) {
    return Optional.empty();
  }

  @Override
  public JsonNode requestId() {
    return NullNode.getInstance();
  }

  @Override
  public void progress(double progress, Double total, String message) {}

  @Override
  public void log(LogLevel level, String logger, String message) {}

  @Override
  public boolean isCancelled() {
    return session.isClosed();
  }

  @Override
  public void throwIfCancelled() {
    if (session.isClosed()) {
      throw new CancelledException();
    }
  }

  @Override
  public void onCancel(Runnable action) {}

  @Override
  public JsonNode requestFromClient(String method, ObjectNode params, Duration timeout) {
    throw McpException.invalidRequest("A background poll cannot ask the client");
  }

  @Override
  public void closeStreamForPolling() {}

  @Override
  public String toString() {
    return "PollContext[session=" + session.id().orElse("-") + "]"; // never the credential
  }
}
