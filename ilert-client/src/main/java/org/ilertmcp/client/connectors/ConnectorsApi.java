package org.ilertmcp.client.connectors;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/** {@code /api/connectors}: list (max 100 per page) and CRUD; ids are strings. */
public final class ConnectorsApi {
  /** Largest page ilert serves for this list. */
  public static final int MAX_PAGE = 100;

  private final Resource<Connector> resource;

  /**
   * @param transport the client's choke point
   */
  public ConnectorsApi(Transport transport) {
    this.resource = new Resource<>(transport, Connector.class, MAX_PAGE, "connectors");
  }

  /**
   * {@code GET /connectors}.
   *
   * @param ctx call context
   * @param page page, or null for ilert's default
   * @return one page
   */
  public List<Connector> list(CallContext ctx, Page page) {
    return resource.list(ctx, page);
  }

  /**
   * Walks all pages up to {@code cap} connectors.
   *
   * @param ctx call context
   * @param cap most entries
   * @return up to {@code cap} connectors
   */
  public List<Connector> listAll(CallContext ctx, int cap) {
    return resource.listAll(ctx, cap);
  }

  /**
   * {@code GET /connectors/{id}}.
   *
   * @param ctx call context
   * @param id connector id
   * @return the connector
   */
  public Connector get(CallContext ctx, String id) {
    return resource.get(ctx, id);
  }

  /**
   * {@code POST /connectors}.
   *
   * @param ctx call context
   * @param connector the new connector
   * @return the created connector
   */
  public Connector create(CallContext ctx, Connector connector) {
    return resource.create(ctx, connector);
  }

  /**
   * {@code PUT /connectors/{id}} (full replace).
   *
   * @param ctx call context
   * @param id connector id
   * @param connector the full new state
   * @return the updated connector
   */
  public Connector update(CallContext ctx, String id, Connector connector) {
    return resource.update(ctx, id, connector);
  }

  /**
   * {@code DELETE /connectors/{id}}.
   *
   * @param ctx call context
   * @param id connector id
   */
  public void delete(CallContext ctx, String id) {
    resource.delete(ctx, id);
  }
}
