package org.ilertmcp.server.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.mcp.context.CancelledException;
import org.ilertmcp.mcp.context.InputRequiredException;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.server.RequestStates;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.confirm.WriteGuard;
import org.ilertmcp.server.confirm.WriteSafety;
import org.ilertmcp.server.observe.Audit;
import org.ilertmcp.server.observe.ToolCalls;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.ErrorMapper;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.KeyRoles;
import org.ilertmcp.server.tool.ToolServices;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.WriteTool;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.CompactText;
import org.ilertmcp.server.tool.output.Schema;
import org.ilertmcp.server.tool.output.TextFormat;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an {@link IlertTool} into a protocol {@link Tool}: builds the per-call context and maps the
 * two kinds of expected failure (bad arguments, ilert errors) to error results. Anything else is a
 * bug and surfaces as an internal error with a reference.
 */
public final class ToolAdapter {
  private static final ToolCalls.Outcome INPUT_REQUIRED =
      new ToolCalls.Outcome("input_required", Audit.Effect.NOT_APPLIED);
  private static final ToolCalls.Outcome ROLE_REFUSED =
      new ToolCalls.Outcome("role_refused", Audit.Effect.NOT_APPLIED);

  private final ToolServices services;
  private final AccessTier ceiling;
  private final ToolCalls calls;
  private final WriteGuard guard;

  /**
   * @param services what every call shares
   * @param ceiling the server's access ceiling; a call's effective tier is this, lowered by the
   *     request ({@link RequestAccess#effectiveTier})
   */
  public ToolAdapter(ToolServices services, AccessTier ceiling) {
    this(services, ceiling, ToolCalls.logOnly());
  }

  /** The same, with every call logged, measured and audited by {@code calls}. */
  public ToolAdapter(ToolServices services, AccessTier ceiling, ToolCalls calls) {
    this(
        services,
        ceiling,
        calls,
        WriteSafety.defaults().guard(Set.of(), RequestStates.randomSecret(), Clock.systemUTC()));
  }

  /** The same, with every write passing {@code guard} (confirmation, dry run, idempotency). */
  public ToolAdapter(ToolServices services, AccessTier ceiling, ToolCalls calls, WriteGuard guard) {
    this.services = services;
    this.ceiling = ceiling;
    this.calls = calls;
    this.guard = guard;
  }

  /** The services every call of this server shares. */
  public ToolServices services() {
    return services;
  }

  /**
   * The context of one call of {@code spec} with these arguments, at the request's tier lowered to
   * what the key's ilert role allows (when known).
   */
  public IlertCall call(RequestContext request, ObjectNode arguments, ToolSpec spec) {
    return call(request, arguments, spec, services.timeout(spec));
  }

  private IlertCall call(
      RequestContext request, ObjectNode arguments, ToolSpec spec, Duration timeout) {
    AccessTier tier = RequestAccess.effectiveTier(ceiling, request);
    if (request.credential().isPresent()) {
      tier = services.roles().cached(IlertCall.credentials(request, Duration.ZERO)).limit(tier);
    }
    // One instant for the whole call: every "now" (start, end, a default until) is the same.
    Clock business = services.clock();
    Clock callStart = Clock.fixed(business.instant(), business.getZone());
    return new IlertCall(
        services, request, new Args(arguments, callStart, spec.name()), timeout, tier);
  }

  /**
   * Why the key's ilert role does not allow {@code spec}, read within the call's deadline (the list
   * reads it first, so this is usually cached). Read-only tools need no role.
   */
  private Optional<String> roleRefusal(ToolSpec spec, RequestContext request) {
    if (spec.tier() == AccessTier.READ || request.credential().isEmpty()) {
      return Optional.empty();
    }
    KeyRoles.Role role =
        services.roles().role(IlertCall.credentials(request, services.timeout(spec)));
    return RequestAccess.roleRefusal(spec, role);
  }

  /** The protocol tool for {@code tool}; its spec is read once, here. */
  public Tool adapt(IlertTool tool) {
    ToolSpec spec = tool.spec();
    Input input = tool instanceof WriteTool w ? guard.input(w) : spec.input();
    Tool.Builder builder = Tool.builder(spec.name());
    spec.formerNames().forEach(builder::alias);
    return builder
        .title(spec.title())
        .description(spec.description())
        .inputSchema(input.schema())
        .outputSchema(
            Schema.advertised(
                tool instanceof WriteTool w ? WriteGuard.outputSchema(w) : spec.outputSchema()))
        .annotations(spec.annotations())
        .prepare(input::prepare)
        .handler((context, args) -> run(tool, spec, context, args));
  }

  private ToolResult run(
      IlertTool tool, ToolSpec spec, RequestContext context, ObjectNode arguments) {
    ToolCalls.Call observed =
        calls.start(
            spec.name(), spec.tier().wireName(), writes(spec, arguments), context, arguments);
    ToolCalls.Outcome outcome = ToolCalls.Outcome.INTERNAL_ERROR;
    try {
      Instant started = Instant.now();
      Optional<String> refused = roleRefusal(spec, context);
      if (refused.isPresent()) {
        outcome = ROLE_REFUSED;
        return ToolResult.error(refused.get());
      }
      // Reading the role counts against the call's deadline.
      Duration timeout = services.timeout(spec).minus(Duration.between(started, Instant.now()));
      if (tool instanceof WriteTool write && writes(spec, arguments)) {
        WriteGuard.Guarded guarded =
            guard.run(
                new WriteGuard.Write(
                    write, context, arguments, a -> call(context, a, spec, timeout)),
                observed::confirmation);
        outcome = outcome(guarded.result(), guarded.acted(), guarded.confirmation());
        return present(guarded.result());
      }
      ToolResult result = tool.call(call(context, arguments, spec, timeout));
      outcome = outcome(result, true, Audit.Confirmation.NOT_REQUIRED);
      return present(result);
    } catch (InputRequiredException e) {
      // 2026-07-28: the client asks the person and retries; nothing changed in this attempt.
      outcome = INPUT_REQUIRED;
      throw e;
    } catch (ToolInputException e) {
      outcome = ToolCalls.Outcome.BAD_ARGUMENTS;
      return ToolResult.error(e.getMessage());
    } catch (IlertApiException e) {
      outcome = ilertOutcome(e);
      return ErrorMapper.toResult(e, spec);
    } catch (CancelledException e) {
      outcome = ToolCalls.Outcome.CANCELLED;
      throw e;
    } finally {
      if (writes(spec, arguments)) {
        // Whether or not it applied, a write may have changed what the key's lookups hold.
        context
            .credential()
            .ifPresent(key -> services.lookups().invalidate(new CallContext(key, null, null)));
      }
      observed.finish(outcome);
    }
  }

  /**
   * The result as the client gets it: its text block in the server's {@link TextFormat}, and the
   * whole result (text and structured content) within the result budget. The structured content was
   * fitted to its share ({@link ToolServices#structuredTokens}); a compact text block that would
   * still overrun is cut, since the structured content holds the whole answer.
   */
  private ToolResult present(ToolResult result) {
    if (result.isError()
        || result.structuredContent() == null
        || services.textFormat() != TextFormat.COMPACT) {
      return result;
    }
    String text = CompactText.render(result.structuredContent());
    long room =
        4L * services.maxResultTokens() - Json.writeBytes(result.structuredContent()).length;
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > room) {
      String marker =
          "\n…[text cut to the result budget; structuredContent holds the whole result]";
      int keep = (int) Math.max(0, room - marker.getBytes(StandardCharsets.UTF_8).length);
      text = new String(bytes, 0, Math.min(keep, bytes.length), StandardCharsets.UTF_8) + marker;
    }
    return ToolResult.structured(result.structuredContent(), text);
  }

  /** The outcome of a call that returned: ok or tool error when it acted, else why it did not. */
  private static ToolCalls.Outcome outcome(
      ToolResult result, boolean acted, Audit.Confirmation confirmation) {
    if (!acted) {
      return new ToolCalls.Outcome(confirmation.wireName(), Audit.Effect.NOT_APPLIED);
    }
    return result.isError() ? ToolCalls.Outcome.TOOL_ERROR : ToolCalls.Outcome.OK;
  }

  /**
   * Whether a call changes ilert: a tool that is not read-only, unless its {@code method} argument
   * says it only reads ({@code call_ilert_api} with GET).
   */
  static boolean writes(ToolSpec spec, ObjectNode arguments) {
    if (spec.annotations().readOnlyHint()) {
      return false;
    }
    JsonNode method = arguments == null ? null : arguments.get("method");
    return method == null || !method.isString() || !method.stringValue().equalsIgnoreCase("GET");
  }

  /**
   * An ilert failure's outcome. A write whose request provably never left, or that ilert refused
   * with a 4xx, did not apply; one whose answer was lost (timeout, broken connection, 5xx, an
   * unreadable success) may have.
   */
  private static ToolCalls.Outcome ilertOutcome(IlertApiException e) {
    String name = "ilert_" + e.kind().name().toLowerCase(Locale.ROOT);
    return new ToolCalls.Outcome(
        name, e.mayHaveBeenApplied() ? Audit.Effect.UNKNOWN : Audit.Effect.NOT_APPLIED);
  }
}
