package org.ilertmcp.server.cli;

import java.io.PrintWriter;
import org.ilertmcp.client.http.Exchanges;
import org.ilertmcp.server.IlertMcpServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: {@code http}, {@code stdio}, {@code emulator} or {@code sandbox}. Configuration is
 * parsed once into immutable settings; the client and server are built by plain constructors.
 */
@Command(
    name = "ilert-mcp",
    mixinStandardHelpOptions = true,
    version = IlertMcpServer.NAME + " " + IlertMcpServer.VERSION,
    description = "Open, self-hostable MCP server for ilert.",
    subcommands = {
      HttpCommand.class,
      StdioCommand.class,
      SandboxCommand.class,
      EmulatorCommand.class
    })
public final class Main implements Runnable {

  /** The JDK property that sizes the common fork-join pool; read once, when the pool is made. */
  static final String COMMON_POOL_PARALLELISM =
      "java.util.concurrent.ForkJoinPool.common.parallelism";

  public static void main(String[] args) {
    // before anything sends HTTP: the JDK client's silent second attempt would outlast deadlines
    Exchanges.disableSilentRetry();
    pooledAsyncCompletion();
    System.exit(commandLine().execute(args));
  }

  /**
   * The configured command line; invalid configuration and a port that cannot be bound end with one
   * clear line and exit 2.
   */
  public static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setParameterExceptionHandler(
        (e, args) -> {
          PrintWriter err = e.getCommandLine().getErr();
          err.println("error: " + e.getMessage() + " (see --help)");
          err.flush();
          return 2;
        });
    cmd.setExecutionExceptionHandler(
        (e, c, parsed) -> {
          if (e instanceof IllegalArgumentException || e instanceof PortUnavailableException) {
            c.getErr().println("error: " + e.getMessage());
            c.getErr().flush();
            return 2;
          }
          throw e;
        });
    return cmd;
  }

  /**
   * The JDK HTTP client completes every {@code sendAsync} on {@code CompletableFuture}'s default
   * executor, which is a new thread per task when the common pool has fewer than two threads — on
   * one or two CPUs (a small container, a laptop VM). A thread started and ended per ilert request
   * cost more CPU than the rest of a tool call; two pooled threads do the same hand-off. Must run
   * before anything touches {@code CompletableFuture}; an explicit setting wins.
   */
  static void pooledAsyncCompletion() {
    if (System.getProperty(COMMON_POOL_PARALLELISM) == null
        && Runtime.getRuntime().availableProcessors() <= 2) {
      System.setProperty(COMMON_POOL_PARALLELISM, "2");
    }
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
