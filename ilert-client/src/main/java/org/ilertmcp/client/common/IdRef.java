package org.ilertmcp.client.common;

/**
 * A reference to another entity by id, as ilert expects sub-entities in POST and PUT bodies.
 *
 * @param id the entity's id
 */
public record IdRef(Long id) {
  /**
   * @param id the id
   * @return the reference
   */
  public static IdRef of(long id) {
    return new IdRef(id);
  }
}
