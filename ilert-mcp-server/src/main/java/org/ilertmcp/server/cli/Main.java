package org.ilertmcp.server.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.ilertmcp.client.http.Exchanges;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.server.IlertMcpServer;
import org.ilertmcp.server.catalog.ToolCatalog;
import org.slf4j.LoggerFactory;
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
    description = "Open, self-hostable MCP server for ilert.")
public final class Main implements Runnable {

  /** The subcommands in the order {@code --help} lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> subs = new LinkedHashMap<>();
    subs.put("http", HttpCommand::new);
    subs.put("stdio", StdioCommand::new);
    subs.put("sandbox", SandboxCommand::new);
    subs.put("emulator", EmulatorCommand::new);
    return subs;
  }

  /** The JDK property that sizes the common fork-join pool; read once, when the pool is made. */
  static final String COMMON_POOL_PARALLELISM =
      "java.util.concurrent.ForkJoinPool.common.parallelism";

  public static void main(String[] args) {
    // before anything sends HTTP: the JDK client's silent second attempt would outlast deadlines
    Exchanges.disableSilentRetry();
    pooledAsyncCompletion();
    warmUpInBackground();
    System.exit(commandLine(args.length == 0 ? "" : args[0]).execute(args));
  }

  /**
   * The configured command line with every subcommand; invalid configuration and a port that cannot
   * be bound end with one clear line and exit 2.
   */
  public static CommandLine commandLine() {
    return commandLine("");
  }

  /**
   * The configured command line. When {@code first} names a subcommand, only that one is modelled:
   * picocli reflects over every option of every subcommand it is given, which was a fifth of a
   * stdio start; nothing else can be parsed once the first word chose the command.
   *
   * @param first the first command-line word
   */
  static CommandLine commandLine(String first) {
    CommandLine cmd = new CommandLine(new Main());
    for (Map.Entry<String, Supplier<Object>> sub : SUBCOMMANDS.entrySet()) {
      if (first.equals(sub.getKey()) || !SUBCOMMANDS.containsKey(first)) {
        cmd.addSubcommand(sub.getKey(), sub.getValue().get());
      }
    }
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

  /**
   * Starts, on a second thread, start-up work that does not depend on the command line — the JSON
   * mapper and loading the tool classes with their declared inputs and output shapes — while the
   * command line is parsed. Logging is set up first, on this thread: set up on two threads at once,
   * SLF4J warns on stderr that it replayed early calls, which breaks one-line error output. Whoever
   * needs one of them first waits for it to be ready rather than doing it twice. (The ilert client
   * makes its HTTP client, with TLS, on a thread of its own.)
   */
  static void warmUpInBackground() {
    LoggerFactory.getILoggerFactory();
    Thread warm =
        new Thread(
            () -> {
              Json.object();
              ToolCatalog.all();
            },
            "start-up");
    warm.setDaemon(true);
    warm.start();
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
