package org.ilertmcp.client.templates;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/** {@code /api/incident-templates}: list (max 100 per page) and CRUD. */
public final class IncidentTemplatesApi {
  /** Largest page ilert serves for this list. */
  public static final int MAX_PAGE = 100;

  private final Resource<IncidentTemplate> resource;

  /**
   * @param transport the client's choke point
   */
  public IncidentTemplatesApi(Transport transport) {
    this.resource =
        new Resource<>(transport, IncidentTemplate.class, MAX_PAGE, "incident-templates");
  }

  /**
   * {@code GET /incident-templates}.
   *
   * @param ctx call context
   * @param page page, or null for ilert's default
   * @return one page
   */
  public List<IncidentTemplate> list(CallContext ctx, Page page) {
    return resource.list(ctx, page);
  }

  /**
   * Walks all pages up to {@code cap} templates.
   *
   * @param ctx call context
   * @param cap most entries
   * @return up to {@code cap} templates
   */
  public List<IncidentTemplate> listAll(CallContext ctx, int cap) {
    return resource.listAll(ctx, cap);
  }

  /**
   * {@code GET /incident-templates/{id}}.
   *
   * @param ctx call context
   * @param id template id
   * @return the template
   */
  public IncidentTemplate get(CallContext ctx, long id) {
    return resource.get(ctx, id);
  }

  /**
   * {@code POST /incident-templates}.
   *
   * @param ctx call context
   * @param template the new template
   * @return the created template
   */
  public IncidentTemplate create(CallContext ctx, IncidentTemplate template) {
    return resource.create(ctx, template);
  }

  /**
   * {@code PUT /incident-templates/{id}} (full replace).
   *
   * @param ctx call context
   * @param id template id
   * @param template the full new state
   * @return the updated template
   */
  public IncidentTemplate update(CallContext ctx, long id, IncidentTemplate template) {
    return resource.update(ctx, id, template);
  }

  /**
   * {@code DELETE /incident-templates/{id}}.
   *
   * @param ctx call context
   * @param id template id
   */
  public void delete(CallContext ctx, long id) {
    resource.delete(ctx, id);
  }
}
