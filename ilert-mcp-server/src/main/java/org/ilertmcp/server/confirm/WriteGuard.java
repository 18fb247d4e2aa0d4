package org.ilertmcp.server.confirm;

import java.util.Optional;
import java.util.function.Function;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.mcp.context.ElicitResult;
import org.ilertmcp.mcp.context.InputRequest;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.jsonrpc.McpException;
import org.ilertmcp.mcp.server.McpSession;
import org.ilertmcp.mcp.server.RequestStates;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.observe.Audit.Confirmation;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.Preview;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every write call passes here, in one place for all write tools: a repeat with a used {@code
 * idempotency_key} gets the first result; {@code dry_run} gets the preview; a call the {@link
 * ConfirmPolicy} covers acts only once a person accepted its preview (elicitation, in either
 * protocol era) or, where the operator allows it, with the token an earlier call returned; anything
 * else acts at once. The person's "accept" counts only with the form's {@code confirm} box ticked,
 * so a client that accepts every request automatically confirms nothing.
 */
public final class WriteGuard {
  /** The argument that asks for the preview only. */
  public static final String DRY_RUN = "dry_run";

  /** The argument that makes a creating write act once per key. */
  public static final String IDEMPOTENCY_KEY = "idempotency_key";

  /** The argument that carries the two-step confirmation token. */
  public static final String CONFIRMATION_TOKEN = "confirmation_token";

  private static final Param<Boolean> DRY_RUN_PARAM = Param.bool(DRY_RUN, "Preview only.", false);

  private static final Param<String> IDEMPOTENCY_KEY_PARAM =
      Param.text(IDEMPOTENCY_KEY, "Acts once per key.");

  private static final Param<String> CONFIRMATION_TOKEN_PARAM =
      Param.text(CONFIRMATION_TOKEN, "Token from the preview.");

  /** The key of the confirmation question (stable across attempts). */
  static final String QUESTION = "confirm";

  private final ConfirmPolicy policy;
  private final ConfirmationTokens tokens;
  private final IdempotencyKeys keys;

  /**
   * @param policy which writes need a person's confirmation
   * @param tokens the two-step tokens, or null when the operator does not allow them
   * @param keys the idempotency keys of creating writes
   */
  public WriteGuard(ConfirmPolicy policy, ConfirmationTokens tokens, IdempotencyKeys keys) {
    this.policy = policy;
    this.tokens = tokens;
    this.keys = keys;
  }

  /** A guarded call's result, whether it acted, and how it was confirmed. */
  public record Guarded(ToolResult result, boolean acted, Confirmation confirmation) {}

  /** One write call: the tool, the request, and how to build the tool's call context. */
  public record Write(
      WriteTool tool,
      RequestContext request,
      ObjectNode arguments,
      Function<ObjectNode, IlertCall> calls) {}

  /**
   * Runs a write. Lets {@link org.ilertmcp.mcp.context.InputRequiredException} pass (2026-07-28:
   * the client asks the person and retries), and {@link
   * org.ilertmcp.server.tool.input.ToolInputException} for an idempotency or token problem.
   *
   * @param confirmation told how the call is confirmed as soon as that is known, for the audit
   */
  public Guarded run(Write write, java.util.function.Consumer<Confirmation> confirmation) {
    String tool = write.tool().spec().name();
    ObjectNode arguments = write.arguments();
    ObjectNode acting = without(arguments, DRY_RUN, IDEMPOTENCY_KEY, CONFIRMATION_TOKEN);
    String credentialHash = McpSession.hash(write.request().credential());
    Optional<IdempotencyKeys.Use> use =
        text(arguments, IDEMPOTENCY_KEY)
            .map(
                key ->
                    new IdempotencyKeys.Use(
                        credentialHash, tool, key, RequestStates.digest(acting)));
    if (use.isPresent()) {
      Optional<ToolResult> first = keys.replay(use.get());
      if (first.isPresent()) {
        return done(confirmation, new Guarded(first.get(), false, Confirmation.REPLAYED));
      }
    }
    ConfirmPolicy effective = policy.forRequest(write.request());
    boolean dryRun = arguments.path(DRY_RUN).asBoolean(false);
    if (!dryRun && !effective.mayCover(tool)) {
      confirmation.accept(Confirmation.NOT_REQUIRED);
      return new Guarded(apply(write, acting, use), true, Confirmation.NOT_REQUIRED);
    }
    Preview preview = write.tool().preview(write.calls().apply(acting));
    if (dryRun) {
      return done(
          confirmation,
          new Guarded(
              notApplied(preview, Confirmation.PREVIEWED, "Dry run: nothing was changed."),
              false,
              Confirmation.PREVIEWED));
    }
    Confirmation how = Confirmation.NOT_REQUIRED;
    if (effective.covers(tool, preview)) {
      ObjectNode bound = without(arguments, CONFIRMATION_TOKEN);
      ConfirmationTokens.Binding binding =
          new ConfirmationTokens.Binding(tool, RequestStates.digest(bound), credentialHash);
      Optional<Guarded> stopped = confirm(write, preview, binding, confirmation);
      if (stopped.isPresent()) {
        return done(confirmation, stopped.get());
      }
      how =
          write.request().clientSupports(InputRequest.ELICITATION)
              ? Confirmation.CONFIRMED
              : Confirmation.CONFIRMED_BY_TOKEN;
    }
    confirmation.accept(how);
    return new Guarded(apply(write, acting, use), true, how);
  }

  /**
   * The input schema {@code tools/list} shows for a write tool: its own parameters plus the shared
   * ones, declared here once: {@code dry_run} on every write, {@code idempotency_key} on creating
   * writes, {@code confirmation_token} when the operator allows tokens.
   */
  public ObjectNode inputSchema(WriteTool tool) {
    return input(tool).schema();
  }

  /** The parameters of a write tool as called: its own plus the shared ones above. */
  public Input input(WriteTool tool) {
    Input input = tool.spec().input().with(DRY_RUN_PARAM);
    if (tool.creates()) {
      input = input.with(IDEMPOTENCY_KEY_PARAM);
    }
    if (tokens != null) {
      input = input.with(CONFIRMATION_TOKEN_PARAM);
    }
    return input;
  }

  /**
   * The output schema {@code tools/list} shows for a write tool: its own, without required fields,
   * because a call that did not act (dry run, declined, awaiting confirmation) answers {@code
   * applied: false}, {@code confirmation} and {@code preview} instead of what it would have
   * changed.
   */
  public static ObjectNode outputSchema(WriteTool tool) {
    ObjectNode schema = tool.spec().outputSchema().deepCopy();
    schema.remove("required");
    return schema;
  }

  /** Empty when the person (or the token) confirmed; else the result that stops the call. */
  private Optional<Guarded> confirm(
      Write write,
      Preview preview,
      ConfirmationTokens.Binding binding,
      java.util.function.Consumer<Confirmation> confirmation) {
    RequestContext request = write.request();
    if (request.clientSupports(InputRequest.ELICITATION)) {
      confirmation.accept(Confirmation.REQUESTED);
      ElicitResult answer;
      try {
        answer = request.elicit(QUESTION, InputRequest.elicitation(question(preview), form()));
      } catch (McpException e) {
        return Optional.of(
            new Guarded(
                ToolResult.error(
                    "Not applied: asking the person to confirm failed ("
                        + e.getMessage()
                        + "). Nothing was changed; call again to ask again.\n"
                        + preview.message()),
                false,
                Confirmation.UNCONFIRMED));
      }
      if (answer.accepted() && answer.content().path(QUESTION).asBoolean(false)) {
        return Optional.empty();
      }
      return Optional.of(
          new Guarded(
              notApplied(
                  preview,
                  Confirmation.DECLINED,
                  (answer.accepted()
                          ? "Not applied: the person accepted without ticking the confirmation box."
                          : "Not applied: the person did not confirm ("
                              + answer.action().name().toLowerCase(java.util.Locale.ROOT)
                              + ").")
                      + " Nothing was changed; do not retry unless they ask for it."),
              false,
              Confirmation.DECLINED));
    }
    Optional<String> token = text(write.arguments(), CONFIRMATION_TOKEN);
    if (tokens == null) {
      return Optional.of(
          new Guarded(failClosed(preview, token.isPresent()), false, Confirmation.UNCONFIRMED));
    }
    if (token.isPresent()) {
      tokens.redeem(token.get(), binding);
      return Optional.empty();
    }
    ConfirmationTokens.Issued issued = tokens.issue(binding);
    ObjectNode result =
        notAppliedJson(preview, Confirmation.REQUESTED)
            .put(CONFIRMATION_TOKEN, issued.token())
            .put("token_expires_at", issued.expiresAt().toString());
    String text =
        "Not applied yet: this change needs the user's confirmation. Show them the preview;"
            + " only if they agree, call "
            + write.tool().spec().name()
            + " again with exactly the same arguments plus confirmation_token (valid until "
            + issued.expiresAt()
            + ").\n"
            + preview.message();
    return Optional.of(
        new Guarded(ToolResult.structured(result, text), false, Confirmation.REQUESTED));
  }

  private ToolResult apply(Write write, ObjectNode acting, Optional<IdempotencyKeys.Use> use) {
    // A fresh call context: the deadline starts now, not before the person answered.
    IlertCall call = write.calls().apply(acting);
    if (use.isEmpty()) {
      return write.tool().call(call);
    }
    IdempotencyKeys.Claim claim = keys.claim(use.get());
    if (claim.first().isPresent()) {
      return claim.first().get();
    }
    try {
      ToolResult result = write.tool().call(call);
      claim.finish(result);
      return result;
    } catch (IlertApiException e) {
      if (e.mayHaveBeenApplied()) {
        claim.unknown();
      }
      throw e;
    } finally {
      claim.release();
    }
  }

  private static Guarded done(
      java.util.function.Consumer<Confirmation> confirmation, Guarded guarded) {
    confirmation.accept(guarded.confirmation());
    return guarded;
  }

  /** The question a person sees: the preview and what accepting does. */
  private static String question(Preview preview) {
    return "Confirm this change in ilert?\n"
        + preview.message()
        + "\nTick the box and accept to apply it; decline to change nothing.";
  }

  /** The form: one box the person must tick; an automatic accept leaves it unticked. */
  static ObjectNode form() {
    ObjectNode schema = Json.object().put("type", "object");
    schema
        .putObject("properties")
        .putObject(QUESTION)
        .put("type", "boolean")
        .put("title", "Apply this change")
        .put("description", "Tick to apply the change described above.")
        .put("default", false);
    schema.putArray("required").add(QUESTION);
    return schema;
  }

  private ToolResult failClosed(Preview preview, boolean tokenGiven) {
    return ToolResult.error(
        "Not applied: this change needs a person's confirmation and this client cannot ask"
            + " (it did not declare elicitation)"
            + (tokenGiven ? "; confirmation tokens are not enabled on this server" : "")
            + ". Nothing was changed. To allow it: use a client that supports elicitation, or"
            + " the operator can start the server with --confirm-tokens (a second call with a"
            + " token confirms) or leave this tool out of --confirm. Preview:\n"
            + preview.message());
  }

  private static ToolResult notApplied(Preview preview, Confirmation confirmation, String text) {
    return ToolResult.structured(
        notAppliedJson(preview, confirmation), text + "\n" + preview.message());
  }

  private static ObjectNode notAppliedJson(Preview preview, Confirmation confirmation) {
    ObjectNode out = Json.object().put("applied", false);
    out.put("confirmation", confirmation.wireName());
    out.set("preview", preview.toJson());
    return out;
  }

  private static Optional<String> text(ObjectNode arguments, String name) {
    JsonNode value = arguments.get(name);
    return value == null || !value.isString() || value.stringValue().isBlank()
        ? Optional.empty()
        : Optional.of(value.stringValue());
  }

  private static ObjectNode without(ObjectNode arguments, String... names) {
    ObjectNode copy = arguments.deepCopy();
    for (String name : names) {
      copy.remove(name);
    }
    return copy;
  }
}
