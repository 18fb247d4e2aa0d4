package org.ilertmcp.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.emulator.demo.DemoKey;
import org.ilertmcp.mcp.transport.stdio.StdioTransport;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.SandboxMode;
import org.ilertmcp.server.tool.KeyRoles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code stdio}: MCP on stdin/stdout with the key from the environment or a file, or against an
 * in-process sandbox with {@code --sandbox}. Stdout carries protocol messages only; the banner and
 * logs go to stderr.
 */
@Command(
    name = "stdio",
    mixinStandardHelpOptions = true,
    description =
        "Serve MCP over stdio (newline-delimited JSON). The ilert API key comes from ILERT_API_KEY"
            + " or --api-key-file; with --sandbox no account is needed. Logs go to stderr.")
public final class StdioCommand implements Callable<Integer> {
  @Mixin ToolOptions tools;

  @Mixin IlertApiOptions ilert;

  @Mixin LogOptions logging;

  @Option(
      names = "--api-key-file",
      defaultValue = "${env:ILERT_API_KEY_FILE}",
      description =
          "File holding the ilert API key (instead of ILERT_API_KEY). Env ILERT_API_KEY_FILE.")
  Path apiKeyFile;

  @Option(
      names = "--sandbox",
      defaultValue = "${env:ILERT_SANDBOX:-false}",
      description =
          "Run the built-in ilert emulator with the demo organisation in this process and serve"
              + " against it: no account, no key, no network. --ilert-url, ILERT_API_KEY and"
              + " --api-key-file are not used. Env ILERT_SANDBOX.")
  boolean sandbox;

  @Option(
      names = "--demo-key",
      defaultValue = "${env:ILERT_DEMO_KEY:-demo-user-key}",
      description =
          "With --sandbox: the demo key to act as (demo-admin-key, demo-user-key,"
              + " demo-responder-key, demo-stakeholder-key, demo-security-responder-key)."
              + " Env ILERT_DEMO_KEY. Default: ${DEFAULT-VALUE}, which may run the whole on-call"
              + " flow.")
  String demoKey;

  @Mixin SeedOption seed;

  @Override
  public Integer call() {
    logging.apply();
    if (sandbox) {
      return serveSandbox();
    }
    String key = key();
    IlertMcpServer server =
        IlertMcpServer.create(
            tools.settings(), ilert.client(tools.requestsPerMinute), Clock.systemUTC());
    Banner.stdio(server, System.err);
    serve(server, key);
    return 0;
  }

  private int serveSandbox() {
    try (SandboxMode sandbox =
        SandboxMode.withoutHttp(tools.settings(), seed.seed, tools.requestsPerMinute)) {
      List<String> keys = sandbox.emulator().demoKeys().stream().map(DemoKey::key).toList();
      if (!keys.contains(demoKey)) {
        throw new IllegalArgumentException(
            "--demo-key must be one of " + String.join(", ", keys) + ", not '" + demoKey + "'");
      }
      System.err.println(
          "ilert MCP server on stdio, sandbox: the built-in ilert emulator with the demo"
              + " organisation, acting as "
              + demoKey);
      Banner.stdio(sandbox.server(), System.err);
      Banner.demoKeys(sandbox.emulator(), demoKey, "acting as this user", System.err);
      serve(sandbox.server(), demoKey);
    }
    return 0;
  }

  private static void serve(IlertMcpServer server, String key) {
    // One key for the whole process: learn its role while the client starts up, so the first
    // tools/list does not wait for ilert.
    server
        .adapter()
        .services()
        .roles()
        .prefetch(
            new CallContext(
                "Bearer " + key.strip(), null, Instant.now().plus(KeyRoles.DEFAULT_WAIT)));
    new StdioTransport(server.mcp(), Optional.of("Bearer " + key), System.in, System.out).run();
  }

  private String key() {
    if (apiKeyFile != null) {
      try {
        String key = Files.readString(apiKeyFile, StandardCharsets.UTF_8).strip();
        if (!key.isEmpty()) {
          return key;
        }
        throw new IllegalArgumentException("--api-key-file " + apiKeyFile + " is empty");
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read --api-key-file " + apiKeyFile);
      }
    }
    String env = System.getenv("ILERT_API_KEY");
    if (env == null || env.isBlank()) {
      throw new IllegalArgumentException(
          "set ILERT_API_KEY or --api-key-file to your ilert API key, or try --sandbox");
    }
    return env.strip();
  }
}
