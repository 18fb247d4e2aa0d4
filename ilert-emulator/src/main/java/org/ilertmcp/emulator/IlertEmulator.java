package org.ilertmcp.emulator;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.ilertmcp.emulator.api.AlertsResource;
import org.ilertmcp.emulator.api.ConfigResources;
import org.ilertmcp.emulator.api.Context;
import org.ilertmcp.emulator.api.EventsResource;
import org.ilertmcp.emulator.api.HeartbeatMonitorsResource;
import org.ilertmcp.emulator.api.IncidentsResource;
import org.ilertmcp.emulator.api.OnCallsResource;
import org.ilertmcp.emulator.api.PoliciesResource;
import org.ilertmcp.emulator.api.ReportsResource;
import org.ilertmcp.emulator.api.SchedulesResource;
import org.ilertmcp.emulator.api.ServicesResource;
import org.ilertmcp.emulator.api.StatusPagesResource;
import org.ilertmcp.emulator.api.UsersResource;
import org.ilertmcp.emulator.demo.DemoKey;
import org.ilertmcp.emulator.demo.DemoOrganisation;
import org.ilertmcp.emulator.engine.AlertService;
import org.ilertmcp.emulator.engine.EscalationEngine;
import org.ilertmcp.emulator.engine.OnCallCalculator;
import org.ilertmcp.emulator.engine.Store;
import org.ilertmcp.emulator.engine.Timeline;
import org.ilertmcp.emulator.fault.FaultInjector;
import org.ilertmcp.emulator.fault.FaultingHandler;
import org.ilertmcp.emulator.fault.Faults;
import org.ilertmcp.emulator.http.ApiHandler;
import org.ilertmcp.emulator.http.KeyRateLimiter;
import org.ilertmcp.emulator.http.RecentRequests;
import org.ilertmcp.emulator.http.Router;
import org.ilertmcp.emulator.http.Views;
import org.ilertmcp.emulator.http.Visibility;

/**
 * An in-memory ilert REST API on Jetty, bound to 127.0.0.1.
 *
 * <pre>{@code
 * try (IlertEmulator emu = IlertEmulator.builder().port(0).clock(clock).demoOrganisation(true).build()) {
 *   emu.start();
 *   String base = emu.baseUrl();            // http://127.0.0.1:<port>/api
 *   String key = emu.demoKeys().get(0).key();
 *   emu.faults().add(FaultRule.rateLimit("/api/alerts").times(2));
 *   emu.state().alert(1000001L);            // read state without HTTP
 * }
 * }</pre>
 *
 * Time-driven behaviour (escalation) is evaluated against the clock on every request, so tests that
 * advance a mutable clock see escalations happen.
 */
public final class IlertEmulator implements AutoCloseable {
  private final Server server;
  private final ServerConnector connector;
  private final Store store;
  private final Faults faults = new Faults();
  private final RecentRequests requests = new RecentRequests();
  private final Router router = new Router();
  private final ScheduledExecutorService scheduler;
  private final EmulatorState state;
  private final List<DemoKey> demoKeys;

  private IlertEmulator(Builder b) {
    this.store = new Store();
    OnCallCalculator onCall = new OnCallCalculator();
    Timeline timeline = new Timeline(store);
    EscalationEngine escalation = new EscalationEngine(store, onCall, timeline);
    AlertService alerts = new AlertService(store, escalation, onCall, timeline);
    Visibility visibility = new Visibility(store);
    Context ctx =
        new Context(
            store, alerts, escalation, onCall, new Views(store, onCall), visibility, b.clock);
    registerRoutes(ctx);
    this.demoKeys =
        store.locked(() -> new DemoOrganisation(ctx, b.seed).populate(b.clock.instant(), b.demo));
    this.state = new EmulatorState(store, escalation, b.clock);
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "ilert-emulator-faults");
              t.setDaemon(true);
              return t;
            });
    QueuedThreadPool pool = new QueuedThreadPool(b.maxThreads, 4);
    pool.setName("ilert-emulator");
    pool.setDaemon(true);
    this.server = new Server(pool);
    this.connector = new ServerConnector(server, 1, 1);
    connector.setHost(b.host);
    connector.setPort(b.port);
    connector.setIdleTimeout(300_000);
    server.addConnector(connector);
    // ilert's API answers gzip to clients that ask for it (ilert-client sends Accept-Encoding)
    CompressionHandler gzip = new CompressionHandler();
    gzip.putCompression(new GzipCompression());
    ApiHandler api =
        new ApiHandler(router, store, escalation, b.clock, new KeyRateLimiter(b.rateLimit));
    gzip.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            api.handle(request, response, callback);
            return true;
          }
        });
    server.setHandler(
        new Handler.Wrapper(new FaultingHandler(api, gzip, faults, new FaultInjector(scheduler))) {
          @Override
          public boolean handle(Request request, Response response, Callback callback)
              throws Exception {
            requests.record(request.getMethod(), request.getHttpURI().getPathQuery());
            return super.handle(request, response, callback);
          }
        });
  }

  private void registerRoutes(Context ctx) {
    new AlertsResource(ctx).register(router);
    new EventsResource(ctx).register(router);
    new PoliciesResource(ctx).register(router);
    new SchedulesResource(ctx).register(router);
    new OnCallsResource(ctx).register(router);
    new UsersResource(ctx).register(router);
    ServicesResource services = new ServicesResource(ctx);
    services.register(router);
    new IncidentsResource(ctx).register(router);
    new StatusPagesResource(ctx, services).register(router);
    new HeartbeatMonitorsResource(ctx).register(router);
    new ConfigResources(ctx).register(router);
    new ReportsResource(ctx).register(router);
  }

  /** A builder with port 0, the system UTC clock, no demo data and seed 42. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts listening. */
  public IlertEmulator start() {
    try {
      server.start();
    } catch (Exception e) {
      throw new IllegalStateException("could not start the ilert emulator", e);
    }
    return this;
  }

  /** The port actually bound (after {@link #start()}). */
  public int port() {
    return connector.getLocalPort();
  }

  /** {@code http://127.0.0.1:<port>/api}, the base URL an ilert client is pointed at. */
  public String baseUrl() {
    return "http://" + connector.getHost() + ":" + port() + "/api";
  }

  /** The demo API keys (empty without the demo organisation). */
  public List<DemoKey> demoKeys() {
    return demoKeys;
  }

  /** The demo key of a role (ADMIN, USER, RESPONDER, STAKEHOLDER). */
  public String demoKey(String role) {
    return demoKeys.stream()
        .filter(k -> k.role().equals(role))
        .map(DemoKey::key)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo key for role " + role));
  }

  /** Fault injection (also reachable at {@code /_emulator/faults}). */
  public Faults faults() {
    return faults;
  }

  /** The requests received so far (the last {@value RecentRequests#CAPACITY}). */
  public RecentRequests requests() {
    return requests;
  }

  /** Read access to the emulator's state, for assertions in end-to-end tests. */
  public EmulatorState state() {
    return state;
  }

  /** The served routes as {@code "GET /alerts/{id}"} strings (paths relative to /api). */
  public List<String> routes() {
    return router.routes().stream().map(r -> r.method() + " " + r.template()).toList();
  }

  /** The route template serving a request, e.g. {@code /alerts/{id}}, or null (tests). */
  String routeTemplate(String method, String pathBelowApi) {
    Router.Match m = router.find(method, pathBelowApi);
    return m == null ? null : m.route().template();
  }

  /** Stops the server. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the ilert emulator", e);
    } finally {
      scheduler.shutdownNow();
    }
  }

  /** Options for {@link IlertEmulator}. */
  public static final class Builder {
    private int port;
    private String host = "127.0.0.1";
    private Clock clock = Clock.systemUTC();
    private boolean demo;
    private long seed = 42;
    private int maxThreads = 64;
    private int rateLimit;

    private Builder() {}

    /** The port; 0 picks a free one. */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** The interface to bind; default 127.0.0.1 (loopback only). */
    public Builder host(String value) {
      this.host = value;
      return this;
    }

    /** The clock all behaviour is evaluated against. */
    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    /**
     * Whether to generate the full demo organisation (relative to the clock's "now"). Without it
     * the emulator holds only the demo users, teams and keys, so it is usable but empty.
     */
    public Builder demoOrganisation(boolean value) {
      this.demo = value;
      return this;
    }

    /** The demo generator's seed; the same seed and clock give the same data. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /**
     * ilert's per-key limit in requests per minute (ilert: 120), answered with 429 like ilert; 0
     * (the default) disables it so tests and benchmarks are not throttled.
     */
    public Builder rateLimitPerMinute(int value) {
      this.rateLimit = value;
      return this;
    }

    /** Maximum Jetty worker threads. */
    public Builder maxThreads(int value) {
      this.maxThreads = value;
      return this;
    }

    /** Builds a stopped emulator; call {@link IlertEmulator#start()}. */
    public IlertEmulator build() {
      return new IlertEmulator(this);
    }
  }
}
