package org.ilertmcp.server.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import org.ilertmcp.client.RequestObserver;

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

  /** Histogram buckets of session lifetimes: 1 s to 8 h. */
  private static final Duration[] SESSION_BUCKETS = {
    Duration.ofSeconds(1),
    Duration.ofSeconds(10),
    Duration.ofMinutes(1),
    Duration.ofMinutes(5),
    Duration.ofMinutes(30),
    Duration.ofHours(2),
    Duration.ofHours(8)
  };

  private final PrometheusMeterRegistry registry;
  private final PathTemplates paths = new PathTemplates();
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final AtomicInteger sessions = new AtomicInteger();
  private final AtomicInteger streams = new AtomicInteger();
  private final AtomicInteger toolCalls = new AtomicInteger();

  /**
   * The per-call timers, each built and registered once: building one takes a builder, sorted tags
   * and a registry lookup, which every tool call and every ilert exchange would pay again. Their
   * keys come from fixed sets (tool names, outcomes, methods, path templates, statuses).
   */
  private final Map<ToolCallKey, Timer> toolTimers = new ConcurrentHashMap<>();

  private final Map<ExchangeKey, Timer> exchangeTimers = new ConcurrentHashMap<>();

  private record ToolCallKey(String tool, String outcome) {}

  private record ExchangeKey(String method, String template, int status, boolean retry) {}

  public Metrics() {
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    Gauge.builder("mcp.server.sessions.active", sessions, AtomicInteger::get)
        .description("Open MCP sessions (session mode)")
        .register(registry);
    Gauge.builder("mcp.server.sse.streams.active", streams, AtomicInteger::get)
        .description("Open SSE responses: standalone GET streams and POSTs answered as streams")
        .register(registry);
    Gauge.builder("mcp.server.tool_calls.active", toolCalls, AtomicInteger::get)
        .description("Tool calls in progress: what a draining instance still has to finish")
        .register(registry);
  }

  /** A {@code tools/call} began; {@link #toolCall} ends it. */
  public void toolCallStarted() {
    toolCalls.incrementAndGet();
  }

  /** Tool calls in progress now. */
  public int toolCallsActive() {
    return toolCalls.get();
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** One finished {@code tools/call} (begun with {@link #toolCallStarted}): tool, outcome, time. */
  public void toolCall(String tool, String outcome, long nanos) {
    toolCalls.decrementAndGet();
    toolTimers
        .computeIfAbsent(new ToolCallKey(tool, outcome), this::toolTimer)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  private Timer toolTimer(ToolCallKey key) {
    return Timer.builder("mcp.server.operation.duration")
        .description("MCP request duration as observed on the server")
        .tag("mcp.method.name", "tools/call")
        .tag("gen_ai.operation.name", "execute_tool")
        .tag("gen_ai.tool.name", key.tool())
        .tag("outcome", key.outcome())
        .serviceLevelObjectives(TOOL_BUCKETS)
        .register(registry);
  }

  private Timer exchangeTimer(ExchangeKey key) {
    return Timer.builder("http.client.request.duration")
        .description("Requests from this server to ilert's API")
        .tag("http.request.method", key.method())
        .tag("url.template", key.template())
        .tag(
            "http.response.status_code",
            key.status() == 0 ? "none" : Integer.toString(key.status()))
        .tag("retry", key.retry() ? "true" : "false")
        .serviceLevelObjectives(TOOL_BUCKETS)
        .register(registry);
  }

  /**
   * A cache's hit and miss counts, read from {@code owner} at each scrape, as Micrometer's cache
   * meters name them ({@code cache.gets} by {@code result}). The registry holds {@code owner}
   * weakly; it lives as long as the server does.
   */
  public <T> void cache(String name, T owner, ToLongFunction<T> hits, ToLongFunction<T> misses) {
    FunctionCounter.builder("cache.gets", owner, o -> hits.applyAsLong(o))
        .description("Cache lookups")
        .tags("cache", name, "result", "hit")
        .register(registry);
    FunctionCounter.builder("cache.gets", owner, o -> misses.applyAsLong(o))
        .description("Cache lookups")
        .tags("cache", name, "result", "miss")
        .register(registry);
  }

  /**
   * What the ilert client reports, as meters: each exchange by method, path template, HTTP status
   * ({@code none} when no answer came) and whether it was a retry, named after OpenTelemetry's HTTP
   * client convention ({@code http.client.request.duration}); waits for the per-key pacing ({@code
   * ilert.client.limiter.wait}) and its refusals ({@code ilert.client.limiter.refusals}).
   */
  public RequestObserver ilertObserver() {
    return new RequestObserver() {
      @Override
      public void exchanged(
          String method, String path, int status, int attempt, Duration duration) {
        exchangeTimers
            .computeIfAbsent(
                new ExchangeKey(method, paths.of(path), status, attempt > 1),
                Metrics.this::exchangeTimer)
            .record(duration);
      }

      @Override
      public void paced(Duration waited) {
        Timer.builder("ilert.client.limiter.wait")
            .description("Waits for the per-key request pacing before sending to ilert")
            .serviceLevelObjectives(TOOL_BUCKETS)
            .register(registry)
            .record(waited);
      }

      @Override
      public void refused() {
        Counter.builder("ilert.client.limiter.refusals")
            .description("Requests to ilert refused by the per-key pacing before their deadline")
            .register(registry)
            .increment();
      }
    };
  }

  /** A request the transport refused before dispatch, by a fixed reason. */
  public void rejected(int status, String reason) {
    Counter.builder("mcp.server.rejected.requests")
        .description("HTTP requests refused before dispatch")
        .tag("reason", reason)
        .tag("http.response.status_code", Integer.toString(status))
        .register(registry)
        .increment();
  }

  /** A session began. */
  public void sessionOpened() {
    sessions.incrementAndGet();
  }

  /** A session ended after {@code lifetime}. */
  public void sessionClosed(Duration lifetime) {
    sessions.decrementAndGet();
    Timer.builder("mcp.server.session.duration")
        .description("Duration of MCP sessions as observed on the server")
        .serviceLevelObjectives(SESSION_BUCKETS)
        .register(registry)
        .record(lifetime);
  }

  /** An SSE response began. */
  public void streamOpened() {
    streams.incrementAndGet();
  }

  /** An SSE response ended. */
  public void streamClosed() {
    streams.decrementAndGet();
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
