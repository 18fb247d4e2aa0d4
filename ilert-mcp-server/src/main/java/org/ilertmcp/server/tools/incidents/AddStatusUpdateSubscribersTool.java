package org.ilertmcp.server.tools.incidents;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.common.Subscriber;
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
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Text;

/** {@code add_status_update_subscribers}: add ilert users or teams as private subscribers. */
public final class AddStatusUpdateSubscribersTool implements WriteTool {
  static final Param<Long> INCIDENT_ID = Params.INCIDENT_ID;

  private static final Shape<Subscriber> SUBSCRIBER =
      Shape.<Subscriber>object()
          .integer("id", Subscriber::id)
          .text("name", Subscriber::name)
          .string("type", Subscriber::type)
          .unlisted()
          .build();

  /**
   * The incident's private subscribers after the addition.
   *
   * @param note set when only the added ones could be shown
   */
  private record Subscribed(long incidentId, String note, List<Subscriber> subscribers) {}

  private static final Shape<Subscribed> RESULT =
      Shape.<Subscribed>object()
          .integer("incident_id", Subscribed::incidentId)
          .string("note", Subscribed::note)
          .unlisted()
          .list("subscribers", SUBSCRIBER, Subscribed::subscribers)
          .keepEmpty()
          .build();

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("add_status_update_subscribers", Toolset.INCIDENTS, AccessTier.MANAGE)
        .formerName("add_incident_subscribers")
        .title("Add status update subscribers")
        .description(
            "Subscribe ilert users or teams to a status update; repeats change nothing. Returns its private subscribers.")
        .input(Input.of(INCIDENT_ID, Params.USERS, Params.TEAMS).required(INCIDENT_ID))
        .output(RESULT.schema())
        .write(true)
        .build();
  }

  @Override
  public Preview preview(IlertCall call) {
    Args args = call.args();
    long id = args.get(INCIDENT_ID);
    List<Subscriber> add = resolve(call);
    List<String> named = new ArrayList<>();
    args.get(Params.USERS)
        .forEach(
            u -> named.add("user " + Text.quote(call.names().namedUser(call.ctx(), u).label())));
    args.get(Params.TEAMS)
        .forEach(
            t -> named.add("team " + Text.quote(call.names().namedTeam(call.ctx(), t).label())));
    return Preview.of(
        "Subscribe "
            + String.join(", ", named)
            + " ("
            + add.size()
            + " subscribers) to the updates of incident "
            + id
            + "; nothing is sent now, they receive its next updates.");
  }

  @Override
  public ToolResult call(IlertCall call) {
    long id = call.args().get(INCIDENT_ID);
    List<Subscriber> add = IncidentViews.beforeWrite(() -> resolve(call));
    call.client().incidents().addPrivateSubscribers(call.ctx(), id, add);
    Subscribed result;
    try {
      result =
          new Subscribed(id, null, call.client().incidents().privateSubscribers(call.ctx(), id));
    } catch (IlertApiException e) {
      result =
          new Subscribed(
              id, "Added; ilert could not list all subscribers just now, so only these show.", add);
    }
    return Output.list(RESULT.view(result), "subscribers", call.maxResultTokens());
  }

  private static List<Subscriber> resolve(IlertCall call) {
    Args args = call.args();
    List<Subscriber> add = new ArrayList<>();
    args.get(Params.USERS).forEach(u -> add.add(Subscriber.user(call.names().user(call.ctx(), u))));
    args.get(Params.TEAMS).forEach(t -> add.add(Subscriber.team(call.names().team(call.ctx(), t))));
    if (add.isEmpty()) {
      throw new ToolInputException("Give at least one of users or teams.");
    }
    return add.stream().distinct().toList();
  }
}
