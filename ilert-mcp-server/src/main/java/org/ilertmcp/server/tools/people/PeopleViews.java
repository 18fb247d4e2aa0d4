package org.ilertmcp.server.tools.people;

import java.util.List;
import org.ilertmcp.client.common.User;
import org.ilertmcp.client.teams.Team;
import org.ilertmcp.client.teams.TeamsApi;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.output.Shape;
import org.ilertmcp.server.tool.output.Views;

/** The detailed user projection of the people tools; no phone numbers or other contacts. */
final class PeopleViews {
  private PeopleViews() {}

  /** A user and the teams of theirs that the key may see. */
  record UserDetail(User user, List<Team> teams) {
    /** Reads the teams of user {@code userId}. */
    static UserDetail of(IlertCall call, long userId, User user) {
      return new UserDetail(
          user, call.client().teams().listAll(call.ctx(), userId, TeamsApi.MAX_PAGE));
    }
  }

  /**
   * {@link Views#USER} plus username, position, department, language, mute and teams; the schema
   * lists the key fields, the rest are documented by name in descriptions.
   */
  private static final Shape<UserDetail> USER_DETAIL =
      Shape.<UserDetail>object()
          .fields(Views.USER, UserDetail::user)
          .string("username", d -> d.user().username())
          .unlisted()
          .string("position", d -> d.user().position())
          .unlisted()
          .string("department", d -> d.user().department())
          .unlisted()
          .string("language", d -> d.user().language())
          .unlisted()
          .time("muted_until", d -> d.user().mutedUntil())
          .unlisted()
          .list(
              "teams",
              Views.REF,
              d -> d.teams().stream().map(t -> new Views.Ref(t.id(), t.name())).toList())
          .unlisted()
          .keepEmpty()
          .required("id")
          .build();

  /** The result of the tools that show one user. */
  static final Shape<UserDetail> USER_RESULT =
      Shape.<UserDetail>object().object("user", USER_DETAIL, d -> d).required("user").build();
}
