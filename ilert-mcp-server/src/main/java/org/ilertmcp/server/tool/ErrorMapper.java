package org.ilertmcp.server.tool;

import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.output.Text;

/**
 * The one place where ilert failures become tool errors: one actionable sentence each, with ilert's
 * request id where there is one, and never a key, an internal URL or a stack trace.
 */
public final class ErrorMapper {
  private ErrorMapper() {}

  public static ToolResult toResult(IlertApiException e, ToolSpec spec) {
    return ToolResult.error(message(e, spec) + requestId(e));
  }

  /**
   * Why a read inside a larger result failed, for its {@code missing} list: one short clause, no
   * URL, no key.
   */
  public static String readFailure(IlertApiException e) {
    return switch (e.kind()) {
          case NOT_FOUND -> "not found or not visible to this API key";
          case AUTH -> "this API key may not read it";
          case RATE_LIMITED -> "ilert rate-limited this API key; retry in a minute";
          case TIMEOUT, NETWORK, SERVER_ERROR, MALFORMED_RESPONSE ->
              (e.status() > 0 ? "ilert answered HTTP " + e.status() : "ilert did not answer")
                  + "; retry in a minute";
          default -> "ilert refused the read (HTTP " + e.status() + ")";
        }
        + requestId(e);
  }

  static String message(IlertApiException e, ToolSpec spec) {
    boolean write = !spec.annotations().readOnlyHint();
    String ilertSays = e.ilertMessage().map(m -> " ilert said: " + Text.clean(m)).orElse("");
    return switch (e.kind()) {
      case NOT_FOUND ->
          "Not found: the id does not exist or this API key cannot see it." + ilertSays;
      case AUTH ->
          e.status() == 401 || e.errorCode().filter("KEY_ERROR"::equals).isPresent()
              ? "ilert rejected the API key; check the Authorization: Bearer <ilert API key> header."
              : "This API key is not allowed to do this (" + spec.name() + ")." + ilertSays;
      case RATE_LIMITED ->
          "ilert is rate limiting this API key; retry in ~"
              + e.retryAfter().map(d -> Math.max(1, d.toSeconds())).orElse(30L)
              + " s"
              + (write ? "; the change was not applied." : ".");
      case CONFLICT ->
          "Conflict: the object changed or is already in that state; read it again"
              + " and retry if still needed."
              + ilertSays;
      case PLAN ->
          "This ilert plan does not include this feature or its quota is used up." + ilertSays;
      case BAD_REQUEST -> "ilert refused the request as invalid." + ilertSays;
      case TIMEOUT, NETWORK, SERVER_ERROR, MALFORMED_RESPONSE -> unavailable(e, write);
    };
  }

  private static String unavailable(IlertApiException e, boolean write) {
    String what =
        e.status() > 0 ? "ilert is unavailable (HTTP " + e.status() + ")" : "ilert did not answer";
    if (!write) {
      return what + "; retry in a minute.";
    }
    return e.requestNotSent()
        ? what + "; the change was not applied, so it is safe to retry."
        : what + "; the change may or may not have been applied — read the object before retrying.";
  }

  private static String requestId(IlertApiException e) {
    return e.requestId().map(id -> " (ilert request id " + id + ")").orElse("");
  }
}
