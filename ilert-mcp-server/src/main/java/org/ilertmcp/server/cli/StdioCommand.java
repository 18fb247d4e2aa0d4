package org.ilertmcp.server.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ilertmcp.mcp.transport.stdio.StdioTransport;
import org.ilertmcp.server.IlertMcpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code stdio}: MCP on stdin/stdout with the key from the environment or a file. */
@Command(
    name = "stdio",
    mixinStandardHelpOptions = true,
    description =
        "Serve MCP over stdio (newline-delimited JSON). The ilert API key comes from ILERT_API_KEY"
            + " or --api-key-file; logs go to stderr.")
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

  @Override
  public Integer call() {
    logging.apply();
    String key = key();
    IlertMcpServer server =
        IlertMcpServer.create(
            tools.settings(), ilert.client(tools.requestsPerMinute), Clock.systemUTC());
    Banner.stats(server, System.err);
    new StdioTransport(server.mcp(), Optional.of("Bearer " + key), System.in, System.out).run();
    return 0;
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
          "set ILERT_API_KEY or --api-key-file to your ilert API key");
    }
    return env.strip();
  }
}
