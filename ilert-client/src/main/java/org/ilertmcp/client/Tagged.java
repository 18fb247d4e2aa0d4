package org.ilertmcp.client;

import java.util.Optional;

/**
 * A value together with the {@code ETag} its response carried, for optimistic updates with {@code
 * If-Match}.
 *
 * @param value the entity
 * @param etag the {@code ETag} header, or null when the response had none
 * @param <T> the entity type
 */
public record Tagged<T>(T value, String etag) {

  /**
   * @return the ETag, if the response had one
   */
  public Optional<String> etagValue() {
    return Optional.ofNullable(etag);
  }
}
