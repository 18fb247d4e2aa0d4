package org.ilertmcp.emulator.api;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.ilertmcp.emulator.http.ApiRequest;
import tools.jackson.databind.node.ObjectNode;

/**
 * How one stored-document resource behaves on the wire.
 *
 * @param collection store collection name
 * @param path path under /api, e.g. {@code /connectors}
 * @param stringIds whether ids are strings (alert actions, connectors, outage overrides)
 * @param idBase first numeric id
 * @param defaultMax default page size
 * @param max maximum page size (above it: 400)
 * @param createStatus status of a successful POST
 * @param required fields a POST/PUT must carry
 * @param filter list filter from query parameters
 * @param view renders a stored document for a request (single and list)
 * @param listView renders a document in lists
 * @param beforeSave validates and sets server-side fields on a body about to be stored
 * @param timestamps whether the resource has server-set createdAt/updatedAt
 */
record DocSpec(
    String collection,
    String path,
    boolean stringIds,
    long idBase,
    int defaultMax,
    int max,
    int createStatus,
    List<String> required,
    BiPredicate<ApiRequest, ObjectNode> filter,
    BiFunction<ApiRequest, ObjectNode, ObjectNode> view,
    BiFunction<ApiRequest, ObjectNode, ObjectNode> listView,
    BiConsumer<ApiRequest, ObjectNode> beforeSave,
    boolean timestamps) {

  /** A spec with no filter and identity views. */
  static DocSpec plain(
      String collection,
      String path,
      boolean stringIds,
      long idBase,
      int defaultMax,
      int max,
      int createStatus,
      List<String> required) {
    return new DocSpec(
        collection,
        path,
        stringIds,
        idBase,
        defaultMax,
        max,
        createStatus,
        required,
        (r, d) -> true,
        (r, d) -> d,
        (r, d) -> d,
        (r, d) -> {},
        false);
  }

  DocSpec withFilter(BiPredicate<ApiRequest, ObjectNode> f) {
    return new DocSpec(
        collection,
        path,
        stringIds,
        idBase,
        defaultMax,
        max,
        createStatus,
        required,
        f,
        view,
        listView,
        beforeSave,
        timestamps);
  }

  DocSpec withView(BiFunction<ApiRequest, ObjectNode, ObjectNode> v) {
    return new DocSpec(
        collection,
        path,
        stringIds,
        idBase,
        defaultMax,
        max,
        createStatus,
        required,
        filter,
        v,
        listView,
        beforeSave,
        timestamps);
  }

  DocSpec withListView(BiFunction<ApiRequest, ObjectNode, ObjectNode> v) {
    return new DocSpec(
        collection,
        path,
        stringIds,
        idBase,
        defaultMax,
        max,
        createStatus,
        required,
        filter,
        view,
        v,
        beforeSave,
        timestamps);
  }

  DocSpec withBeforeSave(BiConsumer<ApiRequest, ObjectNode> b) {
    return new DocSpec(
        collection,
        path,
        stringIds,
        idBase,
        defaultMax,
        max,
        createStatus,
        required,
        filter,
        view,
        listView,
        b,
        timestamps);
  }

  DocSpec withTimestamps() {
    return new DocSpec(
        collection,
        path,
        stringIds,
        idBase,
        defaultMax,
        max,
        createStatus,
        required,
        filter,
        view,
        listView,
        beforeSave,
        true);
  }
}
