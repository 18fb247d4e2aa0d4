package org.ilertmcp.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.mcp.server.RequestStates;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.confirm.WriteSafety;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.output.TextFormat;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options that shape the tool layer; shared by every serving command. */
public final class ToolOptions {
  @Option(
      names = "--access",
      defaultValue = "${env:ILERT_ACCESS:-manage}",
      description =
          "Highest access tier: read, respond, manage or admin. A request may lower it with the"
              + " X-ILERT-MCP-Access header or ?access=, never raise it. Env ILERT_ACCESS."
              + " Default: ${DEFAULT-VALUE}.")
  String access;

  @Option(
      names = "--toolsets",
      split = ",",
      defaultValue = "${env:ILERT_TOOLSETS:-default}",
      description =
          "Toolsets to offer: default (alerts, incidents, services, oncall, analysis), all, or"
              + " names among those and people, actions, sources, deployments, reports, api."
              + " Env ILERT_TOOLSETS. Default: ${DEFAULT-VALUE}.")
  List<String> toolsets = new ArrayList<>();

  @Option(
      names = "--tools",
      split = ",",
      defaultValue = "${env:ILERT_TOOLS:-}",
      description = "Extra tools to offer by name, comma-separated. Env ILERT_TOOLS.")
  List<String> tools = new ArrayList<>();

  @Option(
      names = "--exclude-tools",
      split = ",",
      defaultValue = "${env:ILERT_EXCLUDE_TOOLS:-}",
      description = "Tools to leave out by name, comma-separated. Env ILERT_EXCLUDE_TOOLS.")
  List<String> excludeTools = new ArrayList<>();

  @Option(
      names = "--max-result-tokens",
      defaultValue = "${env:ILERT_MAX_RESULT_TOKENS:-8000}",
      description =
          "Budget of one tool result in tokens (bytes/4); bigger results are cut and say so."
              + " At least "
              + IlertMcpServer.ServerSettings.MIN_RESULT_TOKENS
              + ". Env ILERT_MAX_RESULT_TOKENS. Default: ${DEFAULT-VALUE}.")
  int maxResultTokens;

  @Option(
      names = "--text-format",
      defaultValue = "${env:ILERT_TEXT_FORMAT:-json}",
      description =
          "The text block of each result: json (the structured content as JSON, as MCP recommends)"
              + " or compact (key: value lines and tables, for clients that show only text; more"
              + " fits the budget). Env ILERT_TEXT_FORMAT. Default: ${DEFAULT-VALUE}.")
  String textFormat;

  @Option(
      names = "--call-timeout",
      defaultValue = "${env:ILERT_CALL_TIMEOUT:-30}",
      description =
          "Seconds one tool call may spend on ilert, retries included. Env ILERT_CALL_TIMEOUT."
              + " Default: ${DEFAULT-VALUE}.")
  int callTimeoutSeconds;

  @Option(
      names = "--analysis-timeout",
      defaultValue = "${env:ILERT_ANALYSIS_TIMEOUT:-45}",
      description =
          "Seconds one analysis tool call (investigate_alert, analyze_alerts, …) may spend on"
              + " ilert; they report progress meanwhile. Env ILERT_ANALYSIS_TIMEOUT."
              + " Default: ${DEFAULT-VALUE}.")
  int analysisTimeoutSeconds;

  @Option(
      names = "--requests-per-minute",
      defaultValue = "${env:ILERT_REQUESTS_PER_MINUTE:-120}",
      description =
          "Client-side limit of ilert requests per API key and minute (ilert allows 120);"
              + " 0 disables it. Env ILERT_REQUESTS_PER_MINUTE. Default: ${DEFAULT-VALUE}.")
  int requestsPerMinute;

  @Option(
      names = "--lookup-cache-seconds",
      defaultValue = "${env:ILERT_LOOKUP_CACHE_SECONDS:-60}",
      description =
          "Seconds users, teams, services, schedules, escalation policies, alert sources, status"
              + " pages and pipelines read for one API key are reused for that key (writes through"
              + " this server drop them at once); 0 disables the cache."
              + " Env ILERT_LOOKUP_CACHE_SECONDS. Default: ${DEFAULT-VALUE}.")
  int lookupCacheSeconds;

  @Option(
      names = "--resource-poll-seconds",
      defaultValue = "${env:ILERT_RESOURCE_POLL_SECONDS:-15}",
      description =
          "Seconds between reads of a subscribed resource to detect changes (each read uses the"
              + " subscriber's API key and its rate limit). Env ILERT_RESOURCE_POLL_SECONDS."
              + " Default: ${DEFAULT-VALUE}.")
  int resourcePollSeconds;

  @Option(
      names = "--request-state-secret-file",
      defaultValue = "${env:ILERT_REQUEST_STATE_SECRET_FILE}",
      description =
          "File with the secret (at least 32 bytes) that signs the state of 2026-07-28 requests"
              + " waiting for the person's answer; give every replica the same file so any of them"
              + " can continue. Without it each process draws its own."
              + " Env ILERT_REQUEST_STATE_SECRET_FILE.")
  Path requestStateSecretFile;

  @Option(
      names = "--confirm",
      split = ",",
      defaultValue = "${env:ILERT_CONFIRM:-default}",
      description =
          "Writes a person must confirm before they apply: default (resolving HIGH alerts, status"
              + " updates that notify subscribers, alert actions, schedule overrides, maintenance"
              + " windows, escalation and reassignment, non-GET call_ilert_api), none, all, or tool"
              + " names (default,create_alert adds one). A request may add more with the"
              + " X-ILERT-MCP-Confirm header or ?confirm=, never remove any. Env ILERT_CONFIRM."
              + " Default: ${DEFAULT-VALUE}.")
  List<String> confirm = new ArrayList<>();

  @Option(
      names = "--confirm-tokens",
      defaultValue = "${env:ILERT_CONFIRM_TOKENS:-false}",
      description =
          "Let clients that cannot ask a person (no elicitation) confirm in two steps: the first"
              + " call returns the preview and a short-lived token, a second call with the token"
              + " applies. The token proves the preview was returned, not that a person read it."
              + " Env ILERT_CONFIRM_TOKENS. Default: ${DEFAULT-VALUE}.")
  boolean confirmTokens;

  @Option(
      names = "--confirm-ttl",
      defaultValue = "${env:ILERT_CONFIRM_TTL:-600}",
      description =
          "Seconds a confirmation stays open: the 2026-07-28 request state and the confirmation"
              + " token expire after it. Env ILERT_CONFIRM_TTL. Default: ${DEFAULT-VALUE}.")
  int confirmTtlSeconds;

  @Option(
      names = "--idempotency-window",
      defaultValue = "${env:ILERT_IDEMPOTENCY_WINDOW:-86400}",
      description =
          "Seconds a creating write's idempotency_key is remembered (per process, at most 16 MiB"
              + " of results). Env ILERT_IDEMPOTENCY_WINDOW. Default: ${DEFAULT-VALUE}.")
  int idempotencyWindowSeconds;

  @Mixin GitHubOptions github;

  /** Validated settings, or an {@link IllegalArgumentException} with one clear sentence. */
  IlertMcpServer.ServerSettings settings() {
    AccessTier ceiling =
        AccessTier.parse(access)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--access must be read, respond, manage or admin, not '" + access + "'"));
    if (maxResultTokens < IlertMcpServer.ServerSettings.MIN_RESULT_TOKENS
        || maxResultTokens > 100_000) {
      throw new IllegalArgumentException(
          "--max-result-tokens must be between "
              + IlertMcpServer.ServerSettings.MIN_RESULT_TOKENS
              + " and 100000");
    }
    if (callTimeoutSeconds < 1 || callTimeoutSeconds > 600) {
      throw new IllegalArgumentException("--call-timeout must be between 1 and 600 seconds");
    }
    if (analysisTimeoutSeconds < callTimeoutSeconds || analysisTimeoutSeconds > 900) {
      throw new IllegalArgumentException(
          "--analysis-timeout must be between --call-timeout and 900 seconds");
    }
    if (requestsPerMinute < 0) {
      throw new IllegalArgumentException("--requests-per-minute must not be negative");
    }
    if (lookupCacheSeconds < 0 || lookupCacheSeconds > 3600) {
      throw new IllegalArgumentException("--lookup-cache-seconds must be between 0 and 3600");
    }
    if (resourcePollSeconds < 1 || resourcePollSeconds > 3600) {
      throw new IllegalArgumentException("--resource-poll-seconds must be between 1 and 3600");
    }
    if (confirmTtlSeconds < 1 || confirmTtlSeconds > 3600) {
      throw new IllegalArgumentException("--confirm-ttl must be between 1 and 3600 seconds");
    }
    if (idempotencyWindowSeconds < 60 || idempotencyWindowSeconds > 7 * 86400) {
      throw new IllegalArgumentException(
          "--idempotency-window must be between 60 and 604800 seconds (7 days)");
    }
    TextFormat format =
        TextFormat.parse(textFormat)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "--text-format must be json or compact, not '" + textFormat + "'"));
    ToolSelection selection =
        new ToolSelection(nonBlank(toolsets), nonBlank(tools), nonBlank(excludeTools), ceiling);
    return new IlertMcpServer.ServerSettings(
            selection,
            maxResultTokens,
            Duration.ofSeconds(callTimeoutSeconds),
            Duration.ofSeconds(resourcePollSeconds),
            Duration.ofSeconds(analysisTimeoutSeconds),
            github.settings(),
            requestStateSecret(),
            new WriteSafety(
                nonBlank(confirm),
                confirmTokens,
                Duration.ofSeconds(confirmTtlSeconds),
                Duration.ofSeconds(idempotencyWindowSeconds)),
            Duration.ofSeconds(lookupCacheSeconds))
        .withTextFormat(format);
  }

  private byte[] requestStateSecret() {
    if (requestStateSecretFile == null) {
      return null;
    }
    byte[] secret;
    try {
      secret =
          Files.readString(requestStateSecretFile, StandardCharsets.UTF_8)
              .strip()
              .getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "--request-state-secret-file: cannot read " + requestStateSecretFile);
    }
    if (secret.length < RequestStates.MIN_SECRET_BYTES) {
      throw new IllegalArgumentException(
          "--request-state-secret-file must hold at least "
              + RequestStates.MIN_SECRET_BYTES
              + " bytes, for example the output of: openssl rand -base64 48");
    }
    return secret;
  }

  private static List<String> nonBlank(List<String> values) {
    return values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
  }
}
