package org.ilertmcp.client.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.ilertmcp.client.CallContext;
import org.ilertmcp.client.RequestObserver;
import org.ilertmcp.client.RetrySettings;
import org.ilertmcp.client.alertactions.AlertActionsApi;
import org.ilertmcp.client.alerts.AlertsApi;
import org.ilertmcp.client.alertsources.AlertSourcesApi;
import org.ilertmcp.client.connectors.ConnectorsApi;
import org.ilertmcp.client.core.Json;
import org.ilertmcp.client.core.Transport;
import org.ilertmcp.client.deployments.DeploymentEventsApi;
import org.ilertmcp.client.deployments.DeploymentPipelinesApi;
import org.ilertmcp.client.escalation.EscalationPoliciesApi;
import org.ilertmcp.client.events.EventsApi;
import org.ilertmcp.client.heartbeats.HeartbeatMonitorsApi;
import org.ilertmcp.client.http.Exchanges;
import org.ilertmcp.client.http.Sleeper;
import org.ilertmcp.client.incidents.IncidentsApi;
import org.ilertmcp.client.maintenance.MaintenanceWindowsApi;
import org.ilertmcp.client.metrics.MetricsApi;
import org.ilertmcp.client.oncalls.OnCallsApi;
import org.ilertmcp.client.outages.ServiceOutagesApi;
import org.ilertmcp.client.raw.RawApi;
import org.ilertmcp.client.reports.ReportsApi;
import org.ilertmcp.client.schedules.SchedulesApi;
import org.ilertmcp.client.services.ServicesApi;
import org.ilertmcp.client.statuspages.StatusPagesApi;
import org.ilertmcp.client.supporthours.SupportHoursApi;
import org.ilertmcp.client.teams.TeamsApi;
import org.ilertmcp.client.templates.IncidentTemplatesApi;
import org.ilertmcp.client.users.UsersApi;

/**
 * The ilert REST client: one immutable, thread-safe instance shared by all callers. It stores no
 * credential; every call takes a {@link CallContext}.
 *
 * <pre>{@code
 * IlertClient client = IlertClient.builder().build();
 * List<Alert> open = client.alerts().list(CallContext.bearer(key), AlertQuery.inStates("PENDING"), null);
 * }</pre>
 */
public final class IlertClient {
  /** ilert's public API base. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.ilert.com/api");

  private final AlertsApi alerts;
  private final EventsApi events;
  private final AlertSourcesApi alertSources;
  private final EscalationPoliciesApi escalationPolicies;
  private final SchedulesApi schedules;
  private final OnCallsApi onCalls;
  private final UsersApi users;
  private final TeamsApi teams;
  private final ServicesApi services;
  private final IncidentsApi incidents;
  private final IncidentTemplatesApi incidentTemplates;
  private final StatusPagesApi statusPages;
  private final ServiceOutagesApi serviceOutages;
  private final MaintenanceWindowsApi maintenanceWindows;
  private final SupportHoursApi supportHours;
  private final HeartbeatMonitorsApi heartbeatMonitors;
  private final DeploymentPipelinesApi deploymentPipelines;
  private final DeploymentEventsApi deploymentEvents;
  private final ConnectorsApi connectors;
  private final AlertActionsApi alertActions;
  private final ReportsApi reports;
  private final MetricsApi metrics;
  private final RawApi raw;

  private IlertClient(Transport transport) {
    this.alerts = new AlertsApi(transport);
    this.events = new EventsApi(transport);
    this.alertSources = new AlertSourcesApi(transport);
    this.escalationPolicies = new EscalationPoliciesApi(transport);
    this.schedules = new SchedulesApi(transport);
    this.onCalls = new OnCallsApi(transport);
    this.users = new UsersApi(transport);
    this.teams = new TeamsApi(transport);
    this.services = new ServicesApi(transport);
    this.incidents = new IncidentsApi(transport);
    this.incidentTemplates = new IncidentTemplatesApi(transport);
    this.statusPages = new StatusPagesApi(transport);
    this.serviceOutages = new ServiceOutagesApi(transport);
    this.maintenanceWindows = new MaintenanceWindowsApi(transport);
    this.supportHours = new SupportHoursApi(transport);
    this.heartbeatMonitors = new HeartbeatMonitorsApi(transport);
    this.deploymentPipelines = new DeploymentPipelinesApi(transport);
    this.deploymentEvents = new DeploymentEventsApi(transport);
    this.connectors = new ConnectorsApi(transport);
    this.alertActions = new AlertActionsApi(transport);
    this.reports = new ReportsApi(transport);
    this.metrics = new MetricsApi(transport);
    this.raw = new RawApi(transport);
  }

  /**
   * @return a builder with ilert's defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return alerts
   */
  public AlertsApi alerts() {
    return alerts;
  }

  /**
   * @return the events API (integration-key ingest)
   */
  public EventsApi events() {
    return events;
  }

  /**
   * @return alert sources
   */
  public AlertSourcesApi alertSources() {
    return alertSources;
  }

  /**
   * @return escalation policies
   */
  public EscalationPoliciesApi escalationPolicies() {
    return escalationPolicies;
  }

  /**
   * @return schedules
   */
  public SchedulesApi schedules() {
    return schedules;
  }

  /**
   * @return on-calls
   */
  public OnCallsApi onCalls() {
    return onCalls;
  }

  /**
   * @return users
   */
  public UsersApi users() {
    return users;
  }

  /**
   * @return teams
   */
  public TeamsApi teams() {
    return teams;
  }

  /**
   * @return services
   */
  public ServicesApi services() {
    return services;
  }

  /**
   * @return incidents
   */
  public IncidentsApi incidents() {
    return incidents;
  }

  /**
   * @return incident templates
   */
  public IncidentTemplatesApi incidentTemplates() {
    return incidentTemplates;
  }

  /**
   * @return status pages and their groups
   */
  public StatusPagesApi statusPages() {
    return statusPages;
  }

  /**
   * @return service outages and overrides
   */
  public ServiceOutagesApi serviceOutages() {
    return serviceOutages;
  }

  /**
   * @return maintenance windows
   */
  public MaintenanceWindowsApi maintenanceWindows() {
    return maintenanceWindows;
  }

  /**
   * @return support hours
   */
  public SupportHoursApi supportHours() {
    return supportHours;
  }

  /**
   * @return heartbeat monitors (cursor paging)
   */
  public HeartbeatMonitorsApi heartbeatMonitors() {
    return heartbeatMonitors;
  }

  /**
   * @return deployment pipelines
   */
  public DeploymentPipelinesApi deploymentPipelines() {
    return deploymentPipelines;
  }

  /**
   * @return deployment events (integration-key ingest)
   */
  public DeploymentEventsApi deploymentEvents() {
    return deploymentEvents;
  }

  /**
   * @return connectors
   */
  public ConnectorsApi connectors() {
    return connectors;
  }

  /**
   * @return alert actions
   */
  public AlertActionsApi alertActions() {
    return alertActions;
  }

  /**
   * @return alert reports
   */
  public ReportsApi reports() {
    return reports;
  }

  /**
   * @return metrics and series ingest
   */
  public MetricsApi metrics() {
    return metrics;
  }

  /**
   * @return any operation by method and path, through the same choke point
   */
  public RawApi raw() {
    return raw;
  }

  /** Configures an {@link IlertClient}. */
  public static final class Builder {
    private URI baseUrl = DEFAULT_BASE_URL;
    private String userAgent = "ilert-mcp-client/0.1";
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration defaultCallTimeout = Duration.ofSeconds(60);
    private RetrySettings retry = RetrySettings.defaults();
    private int requestsPerMinute = 120;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private HttpClient.Version httpVersion;
    private RequestObserver observer = RequestObserver.NONE;

    private Builder() {}

    /**
     * @param value told of every exchange with ilert and of the pacing, for metrics; default none
     * @return this
     */
    public Builder observer(RequestObserver value) {
      this.observer = Objects.requireNonNull(value);
      return this;
    }

    /**
     * @param value the API base, default {@code https://api.ilert.com/api}
     * @return this
     */
    public Builder baseUrl(URI value) {
      this.baseUrl = Objects.requireNonNull(value);
      return this;
    }

    /**
     * @param value the API base as a string
     * @return this
     */
    public Builder baseUrl(String value) {
      return baseUrl(URI.create(value));
    }

    /**
     * @param value the {@code User-Agent} header
     * @return this
     */
    public Builder userAgent(String value) {
      this.userAgent = Objects.requireNonNull(value);
      return this;
    }

    /**
     * @param value TCP/TLS connect timeout, default 5 s
     * @return this
     */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = Objects.requireNonNull(value);
      return this;
    }

    /**
     * @param value longest wait for one response, default 30 s
     * @return this
     */
    public Builder requestTimeout(Duration value) {
      this.requestTimeout = Objects.requireNonNull(value);
      return this;
    }

    /**
     * @param value deadline of calls whose context has none, default 60 s
     * @return this
     */
    public Builder defaultCallTimeout(Duration value) {
      this.defaultCallTimeout = Objects.requireNonNull(value);
      return this;
    }

    /**
     * @param value retry settings, default {@link RetrySettings#defaults()}
     * @return this
     */
    public Builder retry(RetrySettings value) {
      this.retry = Objects.requireNonNull(value);
      return this;
    }

    /**
     * @param value client-side limit per API key, default 120 (ilert's published limit); 0 disables
     *     it
     * @return this
     */
    public Builder requestsPerMinute(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("requestsPerMinute must be >= 0");
      }
      this.requestsPerMinute = value;
      return this;
    }

    /**
     * @param value how retry delays, {@code Retry-After} and pacing waits pass; {@link
     *     Sleeper#SYSTEM} (real time) unless a test hands in a virtual one
     * @return this
     */
    public Builder sleeper(Sleeper value) {
      this.sleeper = Objects.requireNonNull(value);
      return this;
    }

    /**
     * @param value HTTP version preference; by default HTTP/2 for {@code https} (negotiated, with
     *     fallback to HTTP/1.1) and HTTP/1.1 for plain {@code http}, where HTTP/2 would mean an
     *     {@code h2c} upgrade attempt on every new connection
     * @return this
     */
    public Builder httpVersion(HttpClient.Version value) {
      this.httpVersion = Objects.requireNonNull(value);
      return this;
    }

    private HttpClient.Version version() {
      if (httpVersion != null) {
        return httpVersion;
      }
      return "https".equalsIgnoreCase(baseUrl.getScheme())
          ? HttpClient.Version.HTTP_2
          : HttpClient.Version.HTTP_1_1;
    }

    /**
     * @return the client
     */
    public IlertClient build() {
      Transport transport =
          new Transport(
              Exchanges.newClientInBackground(connectTimeout, version()),
              baseUrl,
              userAgent,
              requestTimeout,
              defaultCallTimeout,
              retry,
              requestsPerMinute,
              Json.newMapper(),
              Clock.systemUTC(),
              observer,
              sleeper);
      return new IlertClient(transport);
    }
  }
}
