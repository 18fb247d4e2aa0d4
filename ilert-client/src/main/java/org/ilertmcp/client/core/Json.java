package org.ilertmcp.client.core;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/** The client's one JSON configuration. Internal to the client. */
public final class Json {
  private Json() {}

  /**
   * Unknown properties are ignored (ilert adds fields without notice), nulls are not written (PUT
   * is a full replace, and an explicit null could clear a field), instants are ISO-8601 strings;
   * records are built by {@link RecordConstructors}.
   *
   * @return a new mapper
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .changeDefaultPropertyInclusion(
            incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
        .addModule(new RecordConstructors())
        .build();
  }
}
