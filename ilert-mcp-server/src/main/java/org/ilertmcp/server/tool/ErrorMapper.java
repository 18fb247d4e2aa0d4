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
          case RATE_LIMITED ->
              e.limitedByClient()
                  ? "this server's pacing of the API key left no time for it; retry in "
                      + retryIn(e)
                  : "ilert rate-limited this API key; retry in " + retryIn(e);
          case MALFORMED_RESPONSE ->
              "ilert's answer (HTTP " + e.status() + ") was empty, cut off or unreadable";
          case TIMEOUT, NETWORK, SERVER_ERROR -> unavailable(e) + "; retry in " + retryIn(e);
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
          e.limitedByClient()
              ? "Not sent to ilert: "
                  + e.ilertMessage().orElse("this server paces each API key to ilert's limit")
                  + ". Retry in "
                  + retryIn(e)
                  + "."
              : "ilert is rate limiting this API key (HTTP 429); retry in "
                  + retryIn(e)
                  + (write ? "; the change was not applied." : ".");
      case CONFLICT ->
          "Conflict: the object changed or is already in that state; read it again"
              + " and retry if still needed."
              + ilertSays;
      case PLAN ->
          "This ilert plan does not include this feature or its quota is used up." + ilertSays;
      case BAD_REQUEST -> "ilert refused the request as invalid." + ilertSays;
      case MALFORMED_RESPONSE ->
          outcome(
              e,
              write,
              "ilert's answer (HTTP " + e.status() + ") was " + malformation(e) + ".",
              "ilert's answer (HTTP " + e.status() + ") was " + malformation(e));
      case TIMEOUT, NETWORK, SERVER_ERROR -> unavailable(e, write);
    };
  }

  /** The write wording every failure after sending shares. */
  static final String MAY_HAVE_BEEN_APPLIED =
      "the change may or may not have been applied — read before retrying.";

  private static String unavailable(IlertApiException e, boolean write) {
    String what = unavailable(e);
    return outcome(e, write, what + "; retry in " + retryIn(e) + ".", what);
  }

  /** "ilert is unavailable (HTTP 503)", or "ilert did not answer" when it sent no status. */
  private static String unavailable(IlertApiException e) {
    return e.status() > 0
        ? "ilert is unavailable (HTTP " + e.status() + ")"
        : "ilert did not answer";
  }

  private static String outcome(
      IlertApiException e, boolean write, String readSentence, String writeClause) {
    if (!write) {
      return readSentence;
    }
    return e.requestNotSent()
        ? writeClause + "; the change was not applied, so it is safe to retry."
        : writeClause + "; " + MAY_HAVE_BEEN_APPLIED;
  }

  private static String malformation(IlertApiException e) {
    String detail = e.ilertMessage().orElse("");
    if (detail.startsWith("empty body") || detail.startsWith("null body")) {
      return "empty";
    }
    if (detail.contains("cut off")) {
      return "cut off before its end";
    }
    return "not the JSON expected";
  }

  /** "~N s" from Retry-After, or "a minute" when ilert gave none. */
  private static String retryIn(IlertApiException e) {
    return e.retryAfter().map(d -> "~" + Math.max(1, d.toSeconds()) + " s").orElse("a minute");
  }

  private static String requestId(IlertApiException e) {
    return e.requestId().map(id -> " (ilert request id " + id + ")").orElse("");
  }
}
