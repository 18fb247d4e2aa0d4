package org.ilertmcp.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The deriving program on a small document shaped like ilert's. */
class ContractDeriverTest {
  private static final String DOCUMENT =
      """
      openapi: 3.0.1
      info:
        title: Some API
        description: "# Introduction\\nLong prose."
        version: v9.2031.1-r.2
        x-logo:
          url: ./logo.png
      servers:
      - url: /api
      tags:
      - name: Alerts
        description: Alerts are great.
      paths:
        /alerts/{id}:
          get:
            tags: [Alerts]
            summary: Get an alert.
            description: Returns the alert.
            x-codegen-request-body-name: body
            parameters:
            - name: id
              in: path
              description: The id.
              required: true
              schema:
                type: integer
                format: int64
            - name: states
              in: query
              schema:
                type: array
                items:
                  type: string
                  enum: [PENDING, ACCEPTED]
              example: PENDING
            responses:
              "200":
                description: The alert.
                content:
                  application/json:
                    schema:
                      $ref: '#/components/schemas/Alert'
                    example: {summary: Disk full}
                  metric sample:
                    example:
                      summary: metric sample
              "404":
                description: Not found.
      components:
        schemas:
          Alert:
            title: An alert
            description: An alert raised by a source.
            required: [summary]
            type: object
            properties:
              summary:
                type: string
                description: What happened.
                example: Disk full
              description:
                type: string
              title:
                type: string
                default: untitled
              priority:
                type: string
                enum: [HIGH, LOW]
                default: HIGH
      """;

  @Test
  void keepsTheFactsAndDropsTheProse(@TempDir Path dir) throws Exception {
    Path source = Files.writeString(dir.resolve("api.yml"), DOCUMENT);
    Path target = dir.resolve("contract.json");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        ContractDeriver.run(
            new String[] {"--from", source.toString(), "--to", target.toString()},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("v9.2031.1-r.2: 1 paths, 1 schemas -> " + target);
    String text = Files.readString(target);
    JsonNode c = JsonMapper.builder().build().readTree(text);

    assertThat(c.path("info").path("version").asString()).isEqualTo("v9.2031.1-r.2");
    assertThat(c.path("info").path("x-source-sha256").asString()).hasSize(64);
    assertThat(c.path("servers").get(0).path("url").asString()).isEqualTo("/api");
    assertThat(c.has("tags")).isFalse();

    JsonNode get = c.path("paths").path("/alerts/{id}").path("get");
    assertThat(get.propertyNames()).containsExactly("parameters", "responses");
    JsonNode id = get.path("parameters").get(0);
    assertThat(id.propertyNames()).containsExactly("name", "in", "required", "schema");
    assertThat(id.path("schema").path("format").asString()).isEqualTo("int64");
    JsonNode states = get.path("parameters").get(1);
    assertThat(states.path("schema").path("items").path("enum").toString())
        .isEqualTo("[\"PENDING\",\"ACCEPTED\"]");
    assertThat(states.has("example")).isFalse();
    JsonNode ok = get.path("responses").path("200");
    assertThat(ok.propertyNames()).containsExactly("description", "content");
    assertThat(ok.path("description").asString()).as("required by OpenAPI, left empty").isEmpty();
    assertThat(ok.path("content").propertyNames()).containsExactly("application/json");
    assertThat(ok.path("content").path("application/json").propertyNames())
        .containsExactly("schema");
    assertThat(get.path("responses").path("404").toString()).isEqualTo("{\"description\":\"\"}");

    JsonNode alert = c.path("components").path("schemas").path("Alert");
    assertThat(alert.propertyNames()).containsExactly("required", "type", "properties");
    assertThat(alert.path("properties").propertyNames())
        .as("properties named like prose keywords are facts")
        .containsExactly("summary", "description", "title", "priority");
    assertThat(alert.path("properties").path("summary").propertyNames()).containsExactly("type");
    assertThat(alert.path("properties").path("title").path("default").asString())
        .isEqualTo("untitled");
    assertThat(alert.path("properties").path("priority").path("default").asString())
        .isEqualTo("HIGH");

    assertThat(text)
        .doesNotContain("Long prose", "Alerts are great", "The id.", "Disk full", "x-logo")
        .doesNotContain("metric sample", "An alert", "x-codegen");
  }

  @Test
  void refusesWhatIsNotAnOpenApi3Document(@TempDir Path dir) throws Exception {
    Path notApi = Files.writeString(dir.resolve("x.yml"), "swagger: '2.0'\npaths: {}\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertThat(ContractDeriver.run(new String[] {"--from", notApi.toString()}, out, errStream))
        .isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("error: " + notApi + " is not an OpenAPI 3 document");
    err.reset();
    assertThat(ContractDeriver.run(new String[] {"--to", "x.json"}, out, errStream)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage: ContractDeriver --from");
  }
}
