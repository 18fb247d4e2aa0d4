package org.ilertmcp.server.catalog;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.mcp.context.RequestContext;
import org.ilertmcp.mcp.jsonrpc.JsonRpc;
import org.ilertmcp.mcp.server.ToolAccess;
import org.ilertmcp.mcp.tool.Tool;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.KeyRoles;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;

/**
 * Per-request narrowing: the header {@code X-ILERT-MCP-Access} or the query parameter {@code
 * access} may lower the server's access ceiling, and {@code X-ILERT-MCP-Toolsets} or {@code
 * toolsets} may narrow the toolsets. Neither can raise anything: an unknown tier counts as {@code
 * read}. The ilert role of the key's user lowers the tier too ({@link KeyRoles}): a tool ilert
 * would refuse the key is not listed, and calling it is refused with the reason.
 */
public final class RequestAccess implements ToolAccess {
  public static final String ACCESS_HEADER = "X-ILERT-MCP-Access";
  public static final String TOOLSETS_HEADER = "X-ILERT-MCP-Toolsets";

  /** How long {@code tools/list} waits at most for ilert to tell the key's role. */
  public static final Duration ROLE_READ_BUDGET = Duration.ofSeconds(2);

  private final AccessTier ceiling;
  private final Map<String, ToolSpec> specs;
  private final Set<String> offered;
  private final KeyRoles roles;

  /**
   * Narrowing without regard to the key's role.
   *
   * @param ceiling the server's access ceiling
   * @param specsByName every registered tool
   * @param offered the tools this server's selection offers; the others are refused by name
   */
  public RequestAccess(AccessTier ceiling, Map<String, ToolSpec> specsByName, Set<String> offered) {
    this(ceiling, specsByName, offered, null);
  }

  /** The same, also narrowed to what the ilert role of each key's user allows. */
  public RequestAccess(
      AccessTier ceiling, Map<String, ToolSpec> specsByName, Set<String> offered, KeyRoles roles) {
    this.ceiling = ceiling;
    this.specs = Map.copyOf(specsByName);
    this.offered = Set.copyOf(offered);
    this.roles = roles;
  }

  /** Reads the key's role (cached briefly) before the list is filtered, within a short bound. */
  @Override
  public void beforeListing(RequestContext context) {
    if (roles != null) {
      credentials(context, ROLE_READ_BUDGET).ifPresent(roles::role);
    }
  }

  @Override
  public Optional<String> refusal(Tool tool, RequestContext context) {
    ToolSpec spec = specs.get(tool.name());
    if (spec == null) {
      return Optional.empty();
    }
    AccessTier tier = tier(context);
    if (!offered.contains(spec.name()) && tier.allows(spec.tier())) {
      return Optional.of(
          spec.name()
              + " is not enabled on this server (toolset '"
              + spec.toolset().wireName()
              + "'); its operator can enable it with --toolsets or --tools.");
    }
    if (!tier.allows(spec.tier())) {
      return Optional.of(
          spec.name()
              + " needs access tier '"
              + spec.tier().wireName()
              + "', but this request is limited to '"
              + tier.wireName()
              + "'"
              + value(context, ACCESS_HEADER, "access")
                  .filter(v -> AccessTier.parse(v).isEmpty())
                  .map(
                      v ->
                          " ('"
                              + JsonRpc.excerpt(v.strip())
                              + "' is not an access tier; use read, respond, manage or admin)")
                  .orElse("")
              + ".");
    }
    Optional<Set<Toolset>> narrowed = toolsets(context);
    if (narrowed.isPresent() && !narrowed.get().contains(spec.toolset())) {
      return Optional.of(
          spec.name()
              + " belongs to toolset '"
              + spec.toolset().wireName()
              + "', which this request did not enable"
              + unknownToolsets(context)
              + ".");
    }
    if (roles != null) {
      return credentials(context, Duration.ZERO)
          .flatMap(ctx -> roleRefusal(spec, roles.cached(ctx)));
    }
    return Optional.empty();
  }

  /**
   * Why a key whose user has {@code role} may not use {@code spec}: ilert would refuse it. Empty
   * when the role allows it or is unknown (then ilert judges each request).
   */
  public static Optional<String> roleRefusal(ToolSpec spec, KeyRoles.Role role) {
    if (role.allows(spec.tier())) {
      return Optional.empty();
    }
    return Optional.of(
        spec.name()
            + " needs an ilert role of "
            + rolesFor(spec.tier())
            + ", but this API key's user has role "
            + role.name().orElse("unknown")
            + ", so ilert would refuse it; use a key of a user with that role.");
  }

  /** The ilert roles that allow tools of {@code tier}, in words. */
  static String rolesFor(AccessTier tier) {
    return switch (tier) {
      case READ -> "any kind";
      case RESPOND -> "RESPONDER, USER or ADMIN";
      case MANAGE -> "USER or ADMIN";
      case ADMIN -> "ADMIN";
    };
  }

  /** The key's credential with a deadline {@code budget} from now; empty without a key. */
  private static Optional<CallContext> credentials(RequestContext context, Duration budget) {
    if (context.credential().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(IlertCall.credentials(context, budget));
  }

  /** The effective tier of a request: the ceiling, lowered by the request if it asks. */
  public AccessTier tier(RequestContext context) {
    return effectiveTier(ceiling, context);
  }

  /** A request's tier under {@code ceiling}: lowered by the request if it asks, never raised. */
  public static AccessTier effectiveTier(AccessTier ceiling, RequestContext context) {
    return value(context, ACCESS_HEADER, "access")
        .map(v -> AccessTier.parse(v).orElse(AccessTier.READ))
        .map(ceiling::min)
        .orElse(ceiling);
  }

  private static Optional<Set<Toolset>> toolsets(RequestContext context) {
    return value(context, TOOLSETS_HEADER, "toolsets")
        .map(
            v -> {
              try {
                return ToolSelection.toolsets(Arrays.asList(v.split(",")));
              } catch (IllegalArgumentException e) {
                return Set.<Toolset>of();
              }
            });
  }

  /** Why the request's toolsets enable nothing, when they name none that exists; else empty. */
  private static String unknownToolsets(RequestContext context) {
    return value(context, TOOLSETS_HEADER, "toolsets")
        .map(
            v -> {
              try {
                ToolSelection.toolsets(Arrays.asList(v.split(",")));
                return "";
              } catch (IllegalArgumentException e) {
                return " ('"
                    + JsonRpc.excerpt(v.strip())
                    + "' is not a list of toolsets: "
                    + e.getMessage()
                    + ")";
              }
            })
        .orElse("");
  }

  private static Optional<String> value(RequestContext context, String header, String query) {
    return context.header(header).or(() -> context.queryParameter(query)).filter(v -> !v.isBlank());
  }

  /** Index of specs by tool name. */
  public static Map<String, ToolSpec> index(java.util.List<IlertTool> tools) {
    return tools.stream()
        .map(IlertTool::spec)
        .collect(Collectors.toMap(ToolSpec::name, Function.identity()));
  }
}
