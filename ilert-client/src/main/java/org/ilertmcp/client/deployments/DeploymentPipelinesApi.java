package org.ilertmcp.client.deployments;

import java.util.List;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.core.Resource;
import org.ilertmcp.client.core.Transport;

/** {@code /api/deployment-pipelines}: list (max 100 per page) and CRUD. */
public final class DeploymentPipelinesApi {
  /** Largest page ilert serves for this list. */
  public static final int MAX_PAGE = 100;

  private final Resource<DeploymentPipeline> resource;

  /**
   * @param transport the client's choke point
   */
  public DeploymentPipelinesApi(Transport transport) {
    this.resource =
        new Resource<>(transport, DeploymentPipeline.class, MAX_PAGE, "deployment-pipelines");
  }

  /**
   * {@code GET /deployment-pipelines}.
   *
   * @param ctx call context
   * @param page page, or null for ilert's default
   * @return one page
   */
  public List<DeploymentPipeline> list(CallContext ctx, Page page) {
    return resource.list(ctx, page);
  }

  /**
   * Walks all pages up to {@code cap} pipelines.
   *
   * @param ctx call context
   * @param cap most entries
   * @return up to {@code cap} pipelines
   */
  public List<DeploymentPipeline> listAll(CallContext ctx, int cap) {
    return resource.listAll(ctx, cap);
  }

  /**
   * {@code GET /deployment-pipelines/{id}}.
   *
   * @param ctx call context
   * @param id pipeline id
   * @return the pipeline
   */
  public DeploymentPipeline get(CallContext ctx, long id) {
    return resource.get(ctx, id);
  }

  /**
   * {@code POST /deployment-pipelines}.
   *
   * @param ctx call context
   * @param pipeline the new pipeline
   * @return the created pipeline
   */
  public DeploymentPipeline create(CallContext ctx, DeploymentPipeline pipeline) {
    return resource.create(ctx, pipeline);
  }

  /**
   * {@code PUT /deployment-pipelines/{id}} (full replace; an omitted {@code teams} clears them).
   *
   * @param ctx call context
   * @param id pipeline id
   * @param pipeline the full new state
   * @return the updated pipeline
   */
  public DeploymentPipeline update(CallContext ctx, long id, DeploymentPipeline pipeline) {
    return resource.update(ctx, id, pipeline);
  }

  /**
   * {@code DELETE /deployment-pipelines/{id}}.
   *
   * @param ctx call context
   * @param id pipeline id
   */
  public void delete(CallContext ctx, long id) {
    resource.delete(ctx, id);
  }
}
