package org.ilertmcp.emulator.api;

import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.emulator.domain.Subscriber;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.engine.Store;
import org.ilertmcp.emulator.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Parsing and rendering of private subscribers ({@code TeamUserOption}). */
final class Subscribers {
  private Subscribers() {}

  /** Parses {@code [{id, type}]}; 400 for unknown users/teams or types. */
  static List<Subscriber> parse(JsonNode body, Store store) {
    if (!body.isArray()) {
      throw ApiException.badRequest("the body must be an array of {id, type}");
    }
    List<Subscriber> out = new ArrayList<>();
    for (JsonNode n : body) {
      out.add(one(n, store));
    }
    return out;
  }

  /** Parses one {@code {id, type}}. */
  static Subscriber one(JsonNode n, Store store) {
    Long id = Json.longValue(n, "id");
    String type = Json.text(n, "type");
    if (id == null || type == null) {
      throw ApiException.badRequest("a subscriber needs an id and a type (USER or TEAM)");
    }
    boolean known =
        switch (type) {
          case "USER" -> store.users().containsKey(id);
          case "TEAM" -> store.teams().containsKey(id);
          default -> throw ApiException.badRequest("subscriber type must be USER or TEAM");
        };
    if (!known) {
      throw ApiException.badRequest(
          type.toLowerCase(java.util.Locale.ROOT) + " " + id + " does not exist");
    }
    return new Subscriber(id, type);
  }

  /** Renders subscribers as {@code [{id, name, type}]}. */
  static ArrayNode render(List<Subscriber> subscribers, Store store) {
    ArrayNode out = Json.array();
    for (Subscriber s : subscribers) {
      ObjectNode n = Json.object().put("id", s.id());
      String name =
          "USER".equals(s.type())
              ? store.user(s.id()).map(u -> u.fullName()).orElse(null)
              : (store.teams().get(s.id()) == null ? null : store.teams().get(s.id()).name());
      Json.put(n, "name", name);
      n.put("type", s.type());
      out.add(n);
    }
    return out;
  }
}
