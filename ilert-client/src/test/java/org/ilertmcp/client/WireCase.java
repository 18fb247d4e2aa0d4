package org.ilertmcp.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.ilertmcp.client.api.IlertClient;

/** One client call, the answer the server gives, and the exact request expected on the wire. */
final class WireCase {
  final String label;
  final Function<IlertClient, Object> call;
  ScriptedServer.Reply reply = ScriptedServer.Reply.json(200, "{}");
  String method;
  String path;
  final List<Map.Entry<String, String>> query = new ArrayList<>();
  final Map<String, String> headers = new LinkedHashMap<>();
  String body;
  boolean anonymous;
  Set<String> allowed = Set.of();
  String allowedReason;
  Consumer<Object> check = r -> {};

  private WireCase(String label, Function<IlertClient, Object> call) {
    this.label = label;
    this.call = call;
  }

  static WireCase call(String label, Function<IlertClient, Object> call) {
    return new WireCase(label, call);
  }

  static WireCase run(String label, Consumer<IlertClient> call) {
    return new WireCase(
        label,
        c -> {
          call.accept(c);
          return null;
        });
  }

  WireCase replies(int status, String json) {
    this.reply = ScriptedServer.Reply.json(status, json);
    return this;
  }

  WireCase replies(String json) {
    return replies(200, json);
  }

  WireCase replies(ScriptedServer.Reply value) {
    this.reply = value;
    return this;
  }

  /** Expected method, path and query pairs (name, value, name, value, ...) in order. */
  WireCase expects(String httpMethod, String httpPath, String... pairs) {
    this.method = httpMethod;
    this.path = httpPath;
    for (int i = 0; i < pairs.length; i += 2) {
      query.add(Map.entry(pairs[i], pairs[i + 1]));
    }
    return this;
  }

  WireCase body(String json) {
    this.body = json;
    return this;
  }

  WireCase header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  WireCase anonymous() {
    this.anonymous = true;
    return this;
  }

  /** Tolerates spec-validation message keys for a documented gap in the spec. */
  WireCase specGap(String reason, String... keys) {
    this.allowed = Set.of(keys);
    this.allowedReason = reason;
    return this;
  }

  WireCase then(Consumer<Object> value) {
    this.check = value;
    return this;
  }

  @Override
  public String toString() {
    return label;
  }
}
