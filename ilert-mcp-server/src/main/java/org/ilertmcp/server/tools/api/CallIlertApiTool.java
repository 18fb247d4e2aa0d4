package org.ilertmcp.server.tools.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.raw.RawResponse;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code call_ilert_api}: runs one catalogued operation, if the request's tier allows it. Keys and
 * credentials in the answer are redacted and text is cleaned like every other tool's output.
 */
public final class CallIlertApiTool implements WriteTool {
  static final Param<String> METHOD =
      Param.choice("method", "HTTP method.", "GET", "POST", "PUT", "DELETE");

  static final Param<String> PATH = Param.text("path", "Path with ids, e.g. /alerts/42.");

  static final Param<String> QUERY =
      Param.json("query", "Query string, e.g. states=PENDING&max-results=10.");

  static final Param<String> BODY = Param.json("body", "JSON body for POST or PUT.");

  /** The scheme and host of an ilert address, as in a URL copied from the docs or a browser. */
  private static final Pattern ILERT_ORIGIN = Pattern.compile("(?i)^https?://[^/?#]*ilert[^/?#]*");

  /**
   * The request an agent meant: the path without an ilert origin and ilert's {@code /api} prefix,
   * with a leading slash, and the query pairs of a {@code ?} in the path and of {@code query}.
   */
  private record Target(String path, List<Map.Entry<String, String>> query) {
    static Target of(Args args) {
      String path = ILERT_ORIGIN.matcher(args.get(PATH).trim()).replaceFirst("");
      path = (path.startsWith("/") ? path : "/" + path).replaceFirst("^/api(?=/|\\?|$)", "");
      List<Map.Entry<String, String>> query = new ArrayList<>();
      int mark = path.indexOf('?');
      if (mark >= 0) {
        query.addAll(ApiAnswers.query(path.substring(mark + 1)));
        path = path.substring(0, mark);
      }
      args.find(QUERY).ifPresent(q -> query.addAll(ApiAnswers.query(q)));
      return new Target(path, List.copyOf(query));
    }

    /** {@code ?a=1&b=2}, or empty without pairs. */
    String queryText() {
      StringBuilder out = new StringBuilder();
      query.forEach(
          e ->
              out.append(out.length() == 0 ? "?" : "&")
                  .append(e.getKey())
                  .append('=')
                  .append(e.getValue()));
      return out.toString();
    }
  }

  /**
   * ilert's answer to an operation: its status and the redacted, cleaned answer, if any.
   *
   * @param answer null when there is none
   */
  private record Answer(String operation, int status, JsonNode answer) {
    /** A list of objects: the result's {@code items}. */
    boolean isItems() {
      return answer != null
          && answer.isArray()
          && answer.valueStream().allMatch(JsonNode::isObject);
    }
  }

  /** Whose structure is ilert's: an object answer, a list of objects, or any other as text. */
  private static final Shape<Answer> RESULT =
      Shape.<Answer>object()
          .string("operation", Answer::operation)
          .integer("status", Answer::status)
          .freeForm(
              "body",
              Schema.anyObject().put("additionalProperties", true),
              a -> a.answer() != null && a.answer().isObject() ? a.answer() : null)
          .freeForm("items", Schema.anyArray(), a -> a.isItems() ? a.answer() : null)
          .keepEmptyUnlessNull()
          .string(
              "body_text",
              a ->
                  a.answer() == null || a.answer().isObject() || a.isItems()
                      ? null
                      : a.answer().isString() ? a.answer().stringValue() : Json.write(a.answer()))
          .required("operation", "status")
          .build();

  @Override
  public ToolSpec spec() {
    // Offered from tier read up: each call is gated by its operation's own tier, so a read
    // request may only GET, a respond request may also act on alerts, and so on.
    return ToolSpec.builder("call_ilert_api", Toolset.API, AccessTier.READ)
        .title("Call ilert API")
        .description(
            "Call one operation of ilert's REST API found with search_ilert_api, with ids filled"
                + " into the path. Refused if the operation's tier exceeds this request's. Returns"
                + " status and the answer: body (object), items (list) or body_text; keys are"
                + " redacted. Prefer dedicated tools.")
        .input(Input.of(METHOD, PATH, QUERY, BODY).required(METHOD, PATH))
        .output(RESULT.schema())
        .destructive(false)
        .build();
  }

  /** A POST creates, and any write may be retried after a lost answer: a key acts once. */
  @Override
  public boolean creates() {
    return true;
  }

  @Override
  public Preview preview(IlertCall call) {
    String method = call.args().get(METHOD);
    Target target = Target.of(call.args());
    String path = target.path();
    ApiCatalogue.Operation op = operation(method, path);
    ApiCatalogue.refusal(op, call.tier())
        .ifPresent(
            refusal -> {
              throw new ToolInputException(refusal);
            });
    Preview preview =
        Preview.of(
            method
                + " "
                + path
                + target.queryText()
                + " ("
                + Text.quote(op.summary())
                + ")"
                + call.args().find(BODY).map(b -> " with body " + Text.quote(b)).orElse("")
                + ".");
    return method.equalsIgnoreCase("DELETE")
        ? preview.irreversible("ilert deletes the object; this server cannot restore it.")
        : preview.irreversible("ilert applies it as sent; this server cannot undo it.");
  }

  private static ApiCatalogue.Operation operation(String method, String path) {
    return ApiCatalogue.match(method, path)
        .orElseThrow(
            () ->
                new ToolInputException(
                    method
                        + " "
                        + Param.shown(path)
                        + " is not an ilert API operation; find one with"
                        + " search_ilert_api and fill in its ids."));
  }

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    String method = args.get(METHOD);
    Target target = Target.of(args);
    String path = target.path();
    ApiCatalogue.Operation op = operation(method, path);
    Optional<String> refusal = ApiCatalogue.refusal(op, call.tier());
    if (refusal.isPresent()) {
      return ToolResult.error(refusal.get());
    }
    JsonNode body = args.find(BODY).map(CallIlertApiTool::json).orElse(null);
    // ingest endpoints are authenticated by the integration key in the body, never the caller's
    boolean ingest =
        op.path().equals("/events")
            || op.path().equals("/deployment-events")
            || op.path().startsWith("/series/");
    CallContext ctx = ingest ? call.ctx().withoutCredential() : call.ctx();
    RawResponse response;
    try {
      response = call.client().raw().send(ctx, method, path, target.query(), body);
    } catch (IllegalArgumentException e) {
      throw new ToolInputException("path must look like /alerts/42 (no spaces, ? or ..).");
    }
    JsonNode answer = response.body() == null ? null : ApiAnswers.safe(response.body());
    Answer result =
        new Answer(
            method + " " + op.path(),
            response.status(),
            answer == null || answer.isNull() ? null : answer);
    return result.isItems()
        ? Output.list(RESULT.view(result), "items", call.maxResultTokens())
        : Output.of(RESULT.view(result), call.maxResultTokens());
  }

  private static JsonNode json(String text) {
    try {
      return Json.parse(text);
    } catch (JacksonException e) {
      throw new ToolInputException("body is not valid JSON; pass a JSON object as a string.");
    }
  }
}
