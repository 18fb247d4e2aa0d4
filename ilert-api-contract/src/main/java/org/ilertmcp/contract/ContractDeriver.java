package org.ilertmcp.contract;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Derives the API contract from ilert's published OpenAPI document: the same OpenAPI 3 structure
 * reduced to facts — paths, methods, parameters (name, location, type), request and response
 * schemas, enums, status codes, security — without descriptions, summaries, titles, examples, tags
 * or vendor extensions. The source's {@code info.version} is kept, with the SHA-256 of the source
 * file. Usage: {@code --from <openapi.yml|json> [--to <file>]} (stdout without {@code --to}).
 */
public final class ContractDeriver {
  /** Where a contract records which program made it. */
  static final String DERIVED_BY =
      "ilert-api-contract ContractDeriver; refresh as docs/ilert-api-contract.md says";

  /** Keywords whose object value maps names (paths, properties, statuses, media types) to items. */
  private static final Set<String> NAME_MAPS =
      Set.of(
          "paths",
          "properties",
          "patternProperties",
          "schemas",
          "parameters",
          "responses",
          "requestBodies",
          "headers",
          "securitySchemes",
          "content",
          "encoding",
          "mapping",
          "scopes",
          "variables",
          "callbacks",
          "links");

  /** Keywords whose value is data, copied as it is. */
  private static final Set<String> LITERALS = Set.of("default", "enum", "const", "required");

  /** Prose and presentation keywords, dropped wherever they are keywords (not names). */
  private static final Set<String> PROSE =
      Set.of(
          "description",
          "summary",
          "title",
          "example",
          "examples",
          "externalDocs",
          "tags",
          "contact",
          "license",
          "termsOfService");

  private ContractDeriver() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit code (2 for bad arguments or input). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Path from = null;
    Path to = null;
    for (int i = 0; i < args.length; i++) {
      if (i + 1 < args.length && args[i].equals("--from")) {
        from = Path.of(args[++i]);
      } else if (i + 1 < args.length && args[i].equals("--to")) {
        to = Path.of(args[++i]);
      } else {
        from = null;
        break;
      }
    }
    if (from == null) {
      err.println(
          "usage: ContractDeriver --from <openapi.yml|openapi.json> [--to <contract.json>]");
      return 2;
    }
    try {
      byte[] source = Files.readAllBytes(from);
      ObjectNode contract = derive(YAMLMapper.builder().build().readTree(source), sha256(source));
      String json =
          JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(contract)
              + "\n";
      if (to == null) {
        out.print(json);
        out.flush();
      } else {
        Files.writeString(to, json, StandardCharsets.UTF_8);
      }
      err.printf(
          "contract of ilert API %s: %d paths, %d schemas%s%n",
          contract.path("info").path("version").asString(),
          contract.path("paths").size(),
          contract.path("components").path("schemas").size(),
          to == null ? "" : " -> " + to);
      return 0;
    } catch (IOException e) {
      err.println("error: cannot read or write: " + e.getMessage());
      return 2;
    } catch (JacksonException | IllegalArgumentException e) {
      err.println("error: " + from + " is not an OpenAPI 3 document: " + e.getMessage());
      return 2;
    }
  }

  /** The contract of an OpenAPI 3 document whose file has the given SHA-256. */
  static ObjectNode derive(JsonNode document, String sourceSha256) {
    if (!document.path("openapi").asString("").startsWith("3.")
        || !document.path("paths").isObject()) {
      throw new IllegalArgumentException("it needs 'openapi: 3.x' and 'paths'");
    }
    String version = document.path("info").path("version").asString("");
    if (version.isBlank()) {
      throw new IllegalArgumentException("it has no info.version");
    }
    ObjectNode contract = JsonNodeFactory.instance.objectNode();
    contract.put("openapi", document.path("openapi").asString());
    ObjectNode info = contract.putObject("info");
    info.put("title", "ilert REST API");
    info.put("version", version);
    info.put("x-source-sha256", sourceSha256);
    info.put("x-derived-by", DERIVED_BY);
    for (String key : new String[] {"servers", "security", "paths", "components"}) {
      JsonNode value = document.get(key);
      if (value != null) {
        contract.set(key, facts(value, false));
      }
    }
    return contract;
  }

  /**
   * The facts of a node: keywords in {@link #PROSE} and vendor extensions are dropped, except where
   * the object maps names to items (a property may well be called {@code description}).
   */
  private static JsonNode facts(JsonNode node, boolean namesMap) {
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(item -> out.add(facts(item, false)));
      return out;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      if (namesMap) {
        out.set(key, facts(value, false));
      } else if (key.equals("responses") && value.isObject()) {
        out.set(key, responses(value));
      } else if (PROSE.contains(key) || key.startsWith("x-")) {
        continue;
      } else if (LITERALS.contains(key)) {
        out.set(key, value);
      } else if (key.equals("content") && value.isObject()) {
        out.set(key, mediaTypes(value));
      } else {
        out.set(key, facts(value, NAME_MAPS.contains(key) && value.isObject()));
      }
    }
    return out;
  }

  /**
   * Responses by status code. OpenAPI requires each response to have a description; the contract
   * gives every one an empty description instead of the source's text.
   */
  private static JsonNode responses(JsonNode responses) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> entry : responses.properties()) {
      JsonNode response = facts(entry.getValue(), false);
      if (response.isObject() && !response.has("$ref")) {
        ObjectNode described = JsonNodeFactory.instance.objectNode().put("description", "");
        described.setAll((ObjectNode) response);
        response = described;
      }
      out.set(entry.getKey(), response);
    }
    return out;
  }

  /**
   * A content map without keys that are no media type: the published document has examples indented
   * one level too far, which read as media types named like "metric sample".
   */
  private static JsonNode mediaTypes(JsonNode content) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    for (Map.Entry<String, JsonNode> entry : content.properties()) {
      if (entry.getKey().contains("/")) {
        out.set(entry.getKey(), facts(entry.getValue(), false));
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
