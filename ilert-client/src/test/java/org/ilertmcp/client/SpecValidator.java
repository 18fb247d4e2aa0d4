package org.ilertmcp.client;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Validates recorded requests against the committed contract of ilert's API (path, method,
 * parameters, body schema): the file the build passes as {@code ilert.contract}, derived from
 * ilert's published OpenAPI document (docs/ilert-api-contract.md).
 */
final class SpecValidator {
  private static final class Holder {
    static final SpecValidator INSTANCE = new SpecValidator();
  }

  private final OpenApiInteractionValidator validator;
  private final AtomicInteger validated = new AtomicInteger();

  private SpecValidator() {
    String location = System.getProperty("ilert.contract");
    if (location == null || !Files.isRegularFile(Path.of(location))) {
      throw new IllegalStateException(
          "system property ilert.contract must name ilert-api-contract/ilert-api.contract.json");
    }
    // Parsed here rather than by the validator: the validator refuses the document over two
    // harmless schema warnings (a string "null" as the default of a oneOf).
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI api = new OpenAPIV3Parser().read(Path.of(location).toUri().toString(), null, options);
    if (api == null) {
      throw new IllegalStateException("cannot parse " + location);
    }
    // Unknown query parameters are errors: that is how an old name (GO's state, alert-source,
    // user-id) would slip through otherwise.
    validator =
        OpenApiInteractionValidator.createFor(api)
            .withLevelResolver(
                LevelResolver.create()
                    .withLevel(
                        "validation.request.parameter.query.unexpected",
                        ValidationReport.Level.ERROR)
                    .build())
            .build();
  }

  static SpecValidator get() {
    return Holder.INSTANCE;
  }

  int validatedCount() {
    return validated.get();
  }

  /**
   * @param request the recorded request
   * @return the error messages as {@code key: message}; empty when the request matches the spec
   */
  List<String> validate(ScriptedServer.Recorded request) {
    SimpleRequest.Builder b =
        new SimpleRequest.Builder(Request.Method.valueOf(request.method()), request.path());
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : request.query()) {
      params.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
    }
    params.forEach(b::withQueryParam);
    request.headers().forEach(b::withHeader);
    if (request.body().length > 0) {
      b.withBody(request.bodyText());
    }
    ValidationReport report = validator.validateRequest(b.build());
    validated.incrementAndGet();
    return report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + ": " + m.getMessage())
        .collect(Collectors.toList());
  }
}
