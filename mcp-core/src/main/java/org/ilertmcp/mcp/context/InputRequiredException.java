package org.ilertmcp.mcp.context;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by {@link RequestContext#input} in the 2026-07-28 era when the client has not answered
 * yet: the dispatcher turns it into an {@code input_required} result and the client retries the
 * request with the answers. Handlers let it pass, like {@link CancelledException}.
 */
public final class InputRequiredException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Map<String, InputRequest> requests;

  public InputRequiredException(Map<String, InputRequest> requests) {
    super("Input required from the client", null, false, false);
    this.requests = Collections.unmodifiableMap(new LinkedHashMap<>(requests));
  }

  /** The unanswered requests by key. */
  public Map<String, InputRequest> requests() {
    return requests;
  }
}
