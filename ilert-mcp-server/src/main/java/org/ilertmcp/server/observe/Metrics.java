package org.ilertmcp.server.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;

/**
 * The server's meters in one Prometheus registry. Names follow the OpenTelemetry semantic
 * conventions for MCP where one exists ({@code mcp.server.operation.duration} with {@code
 * mcp.method.name} and {@code gen_ai.tool.name}); the rest are named after what they count. Every
 * label value comes from a fixed set (tool names, outcomes, path templates, reasons): never an id,
 * a key or free text.
 */
public final class Metrics implements AutoCloseable {
  /** Histogram buckets of tool-call durations: 5 ms to 2 min. */
  private static final Duration[] TOOL_BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30),
    Duration.ofSeconds(60),
    Duration.ofSeconds(120)
  };

  private final PrometheusMeterRegistry registry;
  private final JvmGcMetrics gc = new JvmGcMetrics();

  public Metrics() {
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** One finished {@code tools/call}: its tool, outcome and duration. */
  public void toolCall(String tool, String outcome, long nanos) {
    Timer.builder("mcp.server.operation.duration")
        .description("MCP request duration as observed on the server")
        .tag("mcp.method.name", "tools/call")
        .tag("gen_ai.operation.name", "execute_tool")
        .tag("gen_ai.tool.name", tool)
        .tag("outcome", outcome)
        .serviceLevelObjectives(TOOL_BUCKETS)
        .register(registry)
        .record(Duration.ofNanos(nanos));
  }

  /** A counter with fixed tags, registered on first use. */
  public Counter counter(String name, String description, String... tags) {
    return Counter.builder(name).description(description).tags(tags).register(registry);
  }

  /** The Prometheus text exposition of every meter. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
