package org.ilertmcp.emulator.api;

import java.util.Collection;
import java.util.function.Function;
import java.util.function.Predicate;
import org.ilertmcp.emulator.engine.ApiException;
import org.ilertmcp.emulator.http.ApiRequest;

/**
 * The undocumented {@code GET /<resource>/name/{name}} lookups the Go client and Terraform use:
 * exact name match, 404 when missing or not visible.
 */
final class Named {
  private Named() {}

  static <T> T find(
      Collection<T> items, Function<T, String> name, Predicate<T> visible, ApiRequest req) {
    String wanted = req.pathParam("name");
    return items.stream()
        .filter(i -> wanted.equals(name.apply(i)))
        .filter(visible)
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("nothing named " + wanted));
  }
}
