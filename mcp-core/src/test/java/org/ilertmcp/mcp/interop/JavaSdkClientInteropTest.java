package org.ilertmcp.mcp.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official Java SDK client (io.modelcontextprotocol.sdk:mcp 2.1.0) against our server over a
 * real socket, in session mode and in stateless mode.
 */
class JavaSdkClientInteropTest {

  @ParameterizedTest(name = "stateless={0}")
  @ValueSource(booleans = {false, true})
  void javaSdkClientUsesEveryFeatureFamily(boolean stateless) throws Exception {
    try (Interop.Running server = Interop.http(stateless, true)) {
      List<McpSchema.ProgressNotification> progress = new CopyOnWriteArrayList<>();
      HttpClientStreamableHttpTransport transport =
          HttpClientStreamableHttpTransport.builder(server.baseUrl())
              .endpoint("/mcp")
              .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer java-key"))
              .build();
      try (McpSyncClient client =
          McpClient.sync(transport)
              .clientInfo(McpSchema.Implementation.builder("interop-java-client", "1.0.0").build())
              .requestTimeout(Duration.ofSeconds(20))
              .progressConsumer(progress::add)
              .build()) {

        McpSchema.InitializeResult init = client.initialize();
        assertThat(init.protocolVersion()).isEqualTo("2025-11-25");
        assertThat(init.serverInfo().name()).isEqualTo("conformance-fixture");
        assertThat(init.instructions()).isEqualTo("Test fixture for the MCP conformance suite.");
        assertThat(init.capabilities().tools()).isNotNull();
        // stateless mode offers no subscriptions: no stream outlives a request to carry updates
        assertThat(init.capabilities().resources().subscribe()).isEqualTo(!stateless);
        assertThat(init.capabilities().prompts()).isNotNull();

        McpSchema.ListToolsResult tools = client.listTools();
        assertThat(tools.tools())
            .extracting(McpSchema.Tool::name)
            .contains("test_simple_text", "test_tool_with_progress", "whoami", "slow_task");
        McpSchema.Tool whoamiTool =
            tools.tools().stream().filter(t -> t.name().equals("whoami")).findFirst().orElseThrow();
        assertThat(whoamiTool.title()).isEqualTo("Who am I");
        assertThat(whoamiTool.outputSchema()).containsKey("properties");
        assertThat(whoamiTool.annotations().readOnlyHint()).isTrue();

        // Structured content (validated by the SDK against the advertised output schema) + text.
        McpSchema.CallToolResult whoami =
            client.callTool(
                McpSchema.CallToolRequest.builder("whoami").arguments(Map.of()).build());
        assertThat(whoami.isError()).isNotEqualTo(Boolean.TRUE);
        @SuppressWarnings("unchecked")
        Map<String, Object> me = (Map<String, Object>) whoami.structuredContent();
        assertThat(me)
            .containsEntry("credential", "Bearer java-key")
            .containsEntry("protocolVersion", "2025-11-25");
        assertThat((String) me.get("sessionId")).as("session id").is(sessionIdOf(stateless));
        assertThat(text(whoami.content().get(0))).isEqualTo("You are Bearer java-key");

        McpSchema.CallToolResult simple =
            client.callTool(
                McpSchema.CallToolRequest.builder("test_simple_text").arguments(Map.of()).build());
        assertThat(simple.content()).hasSize(1);
        assertThat(text(simple.content().get(0)))
            .isEqualTo("This is a simple text response for testing.");

        McpSchema.CallToolResult failing =
            client.callTool(
                McpSchema.CallToolRequest.builder("test_error_handling")
                    .arguments(Map.of())
                    .build());
        assertThat(failing.isError()).isTrue();
        assertThat(text(failing.content().get(0)))
            .isEqualTo("This tool intentionally returns an error for testing");

        // Progress notifications, streamed over SSE before the result.
        McpSchema.CallToolResult withProgress =
            client.callTool(
                McpSchema.CallToolRequest.builder("test_tool_with_progress")
                    .arguments(Map.of())
                    .progressToken("java-progress")
                    .build());
        assertThat(text(withProgress.content().get(0)))
            .isEqualTo("Tool with progress executed successfully");
        awaitSize(progress, 3);
        assertThat(progress)
            .extracting(
                McpSchema.ProgressNotification::progressToken,
                McpSchema.ProgressNotification::progress,
                McpSchema.ProgressNotification::total)
            // The SDK hands notifications to consumers on a scheduler, so their order is not kept;
            // the order on the wire is asserted by the TypeScript and stdio interop tests.
            .containsExactlyInAnyOrder(
                tuple("java-progress", 0.0, 100.0),
                tuple("java-progress", 50.0, 100.0),
                tuple("java-progress", 100.0, 100.0));

        // A resource and a resource template.
        McpSchema.ReadResourceResult resource =
            client.readResource(
                McpSchema.ReadResourceRequest.builder("test://static-text").build());
        assertThat(resource.contents()).hasSize(1);
        McpSchema.TextResourceContents contents =
            (McpSchema.TextResourceContents) resource.contents().get(0);
        assertThat(contents.uri()).isEqualTo("test://static-text");
        assertThat(contents.mimeType()).isEqualTo("text/plain");
        assertThat(contents.text()).isEqualTo("This is the content of the static text resource.");
        McpSchema.ReadResourceResult templated =
            client.readResource(
                McpSchema.ReadResourceRequest.builder("test://template/42/data").build());
        assertThat(((McpSchema.TextResourceContents) templated.contents().get(0)).text())
            .isEqualTo("{\"id\":\"42\",\"templateTest\":true,\"data\":\"Data for ID: 42\"}");

        // A prompt with arguments.
        McpSchema.GetPromptResult prompt =
            client.getPrompt(
                McpSchema.GetPromptRequest.builder("test_prompt_with_arguments")
                    .arguments(Map.of("arg1", "x", "arg2", "y"))
                    .build());
        assertThat(prompt.messages()).hasSize(1);
        assertThat(prompt.messages().get(0).role()).isEqualTo(McpSchema.Role.USER);
        assertThat(text(prompt.messages().get(0).content()))
            .isEqualTo("Prompt with arguments: arg1='x', arg2='y'");

        assertThat(client.ping()).isNotNull();
      }
      if (!stateless) {
        awaitNoSessions(server);
      }
    }
  }

  private static org.assertj.core.api.Condition<String> sessionIdOf(boolean stateless) {
    return stateless
        ? new org.assertj.core.api.Condition<>(String::isEmpty, "empty (stateless)")
        : new org.assertj.core.api.Condition<>(
            id -> id.matches("[\\x21-\\x7E]{16,}"), "a visible-ASCII session id");
  }

  private static String text(McpSchema.Content content) {
    assertThat(content).isInstanceOf(McpSchema.TextContent.class);
    return ((McpSchema.TextContent) content).text();
  }

  private static void awaitSize(List<?> list, int size) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (list.size() < size && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  /** Closing the SDK client sends DELETE, which must end the session on our side. */
  private static void awaitNoSessions(Interop.Running server) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (server.http().handler().sessionCount() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(server.http().handler().sessionCount()).as("sessions after close").isZero();
  }
}
