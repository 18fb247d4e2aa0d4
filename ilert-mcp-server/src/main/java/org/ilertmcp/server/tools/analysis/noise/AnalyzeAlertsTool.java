package org.ilertmcp.server.tools.analysis.noise;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ilertmcp.client.IlertApiException;
import org.ilertmcp.client.Page;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.alerts.AlertCountQuery;
import org.ilertmcp.client.alerts.AlertQuery;
import org.ilertmcp.client.alerts.AlertsApi;
import org.ilertmcp.client.alertsources.AlertSource;
import org.ilertmcp.client.common.User;
import org.ilertmcp.mcp.json.Json;
import org.ilertmcp.mcp.tool.ToolResult;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.ErrorMapper;
import org.ilertmcp.server.tool.FanOut;
import org.ilertmcp.server.tool.IlertCall;
import org.ilertmcp.server.tool.IlertTool;
import org.ilertmcp.server.tool.ToolSpec;
import org.ilertmcp.server.tool.Toolset;
import org.ilertmcp.server.tool.input.Args;
import org.ilertmcp.server.tool.input.Input;
import org.ilertmcp.server.tool.input.Param;
import org.ilertmcp.server.tool.input.Params;
import org.ilertmcp.server.tool.input.Times;
import org.ilertmcp.server.tool.input.ToolInputException;
import org.ilertmcp.server.tool.output.Output;
import org.ilertmcp.server.tool.output.Shape;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code analyze_alerts}: alert noise and response times over a window, computed here from the
 * alerts themselves (walked page by page), with findings that carry their evidence.
 */
public final class AnalyzeAlertsTool implements IlertTool {
  static final Param<Integer> DAYS =
      Param.integer(
          "days",
          "Default " + AnalyzeAlertsTool.DEFAULT_DAYS + ".",
          1,
          AnalyzeAlertsTool.MAX_DAYS,
          null);

  static final Param<Instant> FROM = Params.FROM.describedAs("Instead of days; ISO-8601 or 14d.");

  static final Param<Instant> UNTIL = Params.UNTIL.describedAs("Default now.");

  static final Param<List<String>> ALERT_SOURCES = Params.ALERT_SOURCES;

  static final Param<List<String>> ESCALATION_POLICIES = Params.ESCALATION_POLICIES;

  static final Param<String> TEAM = Params.TEAM.describedAs("Id or name: its alert sources.");

  static final Param<java.time.ZoneId> TIMEZONE =
      Params.TIMEZONE.describedAs("IANA; default the key's user's.");

  /** Most alerts one call reads: 50 pages of 100. */
  public static final int MAX_ALERTS = 5000;

  static final int DEFAULT_DAYS = 7;
  static final int MAX_DAYS = 90;

  /** Least important tables first: their long tails go before anything else. */
  private static final String[] CUT_ORDER = {
    "after_hours.by_person",
    "response_times.by_policy",
    "response_times.by_source",
    "volume.by_source",
    "noise.flapping_keys",
    "noise.noisiest_sources"
  };

  /** Room kept for the note that says what was cut (every table named, about 85 tokens). */
  private static final int NOTE_TOKENS = 120;

  private final int cap;

  public AnalyzeAlertsTool() {
    this(MAX_ALERTS);
  }

  /** With another cap, so tests can reach it with the demo organisation. */
  AnalyzeAlertsTool(int cap) {
    this.cap = cap;
  }

  @Override
  public ToolSpec spec() {
    return ToolSpec.builder("analyze_alerts", Toolset.ANALYSIS, AccessTier.READ)
        .title("Analyze alerts")
        .description(
            "Alert noise and response review: volume by source, priority, hour, weekday; MTTA/MTTR (median, p90) overall, per source and policy; noisy sources, flapping keys, auto-resolved share, after-hours pages; findings with fixes. Max "
                + MAX_ALERTS
                + " alerts.")
        .input(Input.of(DAYS, FROM, UNTIL, ALERT_SOURCES, ESCALATION_POLICIES, TEAM, TIMEZONE))
        .output(RESULT.schema())
        .readOnly()
        .longRunning()
        .build();
  }

  /** The analysed window: alerts reported at or after {@code from} and before {@code until}. */
  private record Span(Instant from, Instant until) {}

  /** What the page walk read, and whether it stopped early. */
  private record Walk(List<Alert> alerts, int pages, boolean capped, String failure) {}

  /** The analysed window, the zone hours and days are counted in, and where that zone came from. */
  private record Window(Span span, ZoneId zone, String zoneFrom) {}

  /** The part of the window the walk did not reach, and how many alerts it holds if known. */
  private record NotCovered(Instant from, Instant until, Long alerts, String unknown, String how) {}

  /** The whole result. */
  private record Result(
      Window window,
      AlertSections.Sections sections,
      boolean capped,
      NotCovered notCovered,
      List<FanOut.Missing> missing) {}

  private static final Shape<Window> WINDOW =
      Shape.<Window>object()
          .time("from", w -> w.span().from())
          .time("until", w -> w.span().until())
          .string("timezone", w -> w.zone().getId())
          .string("timezone_from", Window::zoneFrom)
          .build();

  private static final Shape<NotCovered> NOT_COVERED =
      Shape.<NotCovered>object()
          .time("from", NotCovered::from)
          .time("until", NotCovered::until)
          .integer("alerts", NotCovered::alerts)
          .string("alerts_unknown", NotCovered::unknown)
          .string("how", NotCovered::how)
          .build();

  /** Only {@code alerts}, {@code findings} and {@code missing} are listed in the schema. */
  private static final Shape<Result> RESULT =
      Shape.<Result>object()
          .object("window", WINDOW, Result::window)
          .unlisted()
          .fields(AlertSections.SHAPE, Result::sections)
          .bool("capped", Result::capped)
          .unlisted()
          .object("not_covered", NOT_COVERED, Result::notCovered)
          .unlisted()
          .list("missing", FanOut.MISSING, Result::missing)
          .itemsUnlisted()
          .build();

  @Override
  public ToolResult call(IlertCall call) {
    Args args = call.args();
    Span span = span(call);
    Optional<ZoneId> zoneArg = args.find(TIMEZONE);
    List<Long> policies =
        args.get(ESCALATION_POLICIES).stream()
            .map(v -> call.names().escalationPolicy(call.ctx(), v))
            .toList();
    List<Long> sources =
        args.get(ALERT_SOURCES).stream().map(v -> call.names().alertSource(call.ctx(), v)).toList();
    Optional<List<AlertSource>> teamSources = Optional.empty();
    if (args.has(TEAM)) {
      long team = call.names().team(call.ctx(), args.find(TEAM).orElseThrow());
      teamSources = Optional.of(call.lookups().alertSources(call.ctx()));
      sources = ofTeam(teamSources.get(), team, sources);
      if (sources.isEmpty()) {
        // An id reaches here unchecked: a team that does not exist owns no sources either.
        call.client().teams().get(call.ctx(), team);
      }
    }
    try (FanOut reads = new FanOut(call)) {
      // Read while the alerts are walked; none of them is needed before the walk ends.
      FanOut.Part<List<User>> users =
          reads.add("after_hours", () -> call.lookups().users(call.ctx()));
      Optional<FanOut.Part<User>> me =
          zoneArg.isPresent()
              ? Optional.empty()
              : Optional.of(reads.add("timezone", () -> call.lookups().currentUser(call.ctx())));
      Optional<FanOut.Part<List<AlertSource>>> sourceList =
          teamSources.isPresent()
              ? Optional.empty()
              : Optional.of(
                  reads.add("alert_sources", () -> call.lookups().alertSources(call.ctx())));
      Walk walk =
          teamSources.isPresent() && sources.isEmpty()
              ? new Walk(List.of(), 0, false, null)
              : walk(
                  call,
                  AlertQuery.all()
                      .withSources(sources)
                      .withPolicies(policies)
                      .between(span.from(), span.until()));
      reads.await();
      Optional<ZoneId> keyZone =
          me.flatMap(FanOut.Part::value).map(User::timezone).flatMap(AlertSections::zone);
      ZoneId zone = zoneArg.or(() -> keyZone).orElse(ZoneOffset.UTC);
      Window window =
          new Window(
              span,
              zone,
              zoneArg.isPresent()
                  ? "argument"
                  : keyZone.isPresent() ? "the API key's user" : "default (UTC)");
      AlertSections.Sections sections =
          AlertSections.of(
              zone,
              walk.alerts(),
              walk.pages(),
              users.value(),
              teamSources.or(() -> sourceList.flatMap(FanOut.Part::value)).orElse(List.of()));
      NotCovered notCovered =
          walk.capped() || walk.failure() != null
              ? notCovered(call, span, walk, sources, policies)
              : null;
      if (walk.failure() != null) {
        reads.markMissing("alerts", walk.failure());
      }
      ObjectNode result =
          RESULT.view(new Result(window, sections, walk.capped(), notCovered, reads.missing()));
      return fit(result, call.maxResultTokens());
    }
  }

  /**
   * Tables lose their long tails first; findings are dropped from the end only when they alone
   * (with every table emptied) would not fit, so no finding is ever cut mid-text.
   */
  private static ToolResult fit(ObjectNode result, int maxTokens) {
    ObjectNode bare = result.deepCopy();
    for (String path : CUT_ORDER) {
      array(bare, path).removeAll();
    }
    ArrayNode findings = array(result, "findings");
    int dropped = 0;
    while (!findings.isEmpty() && Output.tokens(bare) + NOTE_TOKENS > maxTokens) {
      findings.remove(findings.size() - 1);
      array(bare, "findings").remove(findings.size());
      dropped++;
    }
    if (dropped == 0) {
      return Output.sections(result, maxTokens, CUT_ORDER);
    }
    // Leave room for the findings count added to the note below.
    Output.sections(result, maxTokens - 10, CUT_ORDER);
    ObjectNode note =
        result.has("truncated")
            ? (ObjectNode) result.get("truncated")
            : result.putObject("truncated");
    note.put("reason", "the result exceeded the budget of " + maxTokens + " tokens");
    (note.has("omitted") ? (ObjectNode) note.get("omitted") : note.putObject("omitted"))
        .put("findings", dropped);
    return ToolResult.structured(result, Json.write(result));
  }

  private static ArrayNode array(ObjectNode root, String path) {
    JsonNode node = root;
    for (String name : path.split("\\.")) {
      node = node.path(name);
    }
    return node instanceof ArrayNode a ? a : Json.array();
  }

  // ---- arguments ----

  private static Span span(IlertCall call) {
    Args args = call.args();
    Optional<Integer> days = args.find(DAYS);
    if (days.isPresent() && args.has(FROM)) {
      throw new ToolInputException("Pass either days or from, not both.");
    }
    if (days.isPresent() && (days.get() < 1 || days.get() > MAX_DAYS)) {
      throw new ToolInputException("days must be between 1 and " + MAX_DAYS + ".");
    }
    Instant until = args.find(UNTIL).orElse(call.clock().instant().truncatedTo(ChronoUnit.SECONDS));
    Instant from = args.find(FROM).orElse(until.minus(Duration.ofDays(days.orElse(DEFAULT_DAYS))));
    Times.ordered("from", from, "until", until);
    if (Duration.between(from, until).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
      throw new ToolInputException(
          "The window may span at most " + MAX_DAYS + " days; move from or until closer.");
    }
    return new Span(from, until);
  }

  /** The team's alert sources, narrowed to {@code chosen} when the caller named sources too. */
  private static List<Long> ofTeam(List<AlertSource> all, long team, List<Long> chosen) {
    return all.stream()
        .filter(
            s ->
                s.teams() != null
                    && s.teams().stream().anyMatch(t -> Long.valueOf(team).equals(t.id())))
        .map(AlertSource::id)
        .filter(id -> chosen.isEmpty() || chosen.contains(id))
        .toList();
  }

  // ---- reading ----

  /**
   * Walks the alerts newest first, a page of 100 at a time, up to the cap; reports progress per
   * page and stops at once when the client cancels. A failed page after the first ends the walk
   * with what was read so far.
   */
  private Walk walk(IlertCall call, AlertQuery query) {
    Map<Long, Alert> byId = new LinkedHashMap<>();
    int start = 0;
    int pages = 0;
    boolean more = true;
    while (more && byId.size() < cap) {
      call.request().throwIfCancelled();
      int size = Math.min(AlertsApi.MAX_PAGE, cap - byId.size());
      List<Alert> page;
      try {
        page = call.client().alerts().list(call.ctx(), query, new Page(start, size));
      } catch (IlertApiException e) {
        if (pages == 0) {
          throw e;
        }
        return new Walk(List.copyOf(byId.values()), pages, false, ErrorMapper.readFailure(e));
      }
      pages++;
      // New alerts shift later pages by one; the id keeps an alert from counting twice.
      page.forEach(a -> byId.putIfAbsent(a.id(), a));
      more = page.size() == size;
      start += page.size();
      call.request().progress(byId.size(), null, "read " + byId.size() + " alerts");
    }
    return new Walk(List.copyOf(byId.values()), pages, more && byId.size() >= cap, null);
  }

  /** The part of the window the walk did not reach: older than the oldest alert read. */
  private NotCovered notCovered(
      IlertCall call, Span window, Walk walk, List<Long> sources, List<Long> policies) {
    Instant oldest =
        walk.alerts().stream()
            .map(Alert::reportTime)
            .filter(Objects::nonNull)
            .min(Instant::compareTo)
            .orElse(window.until());
    Long left = null;
    String unknown = null;
    if (policies.isEmpty()) {
      // The count endpoint has no policy filter, so it can only answer without one.
      try {
        left =
            call.client()
                .alerts()
                .count(call.ctx(), new AlertCountQuery(null, sources, null, window.from(), oldest));
      } catch (IlertApiException e) {
        unknown = ErrorMapper.readFailure(e);
      }
    }
    return new NotCovered(
        window.from(),
        oldest,
        left,
        unknown,
        walk.capped()
            ? "reached the cap of " + cap + " alerts; call again with until=" + oldest
            : "call again with until=" + oldest);
  }
}
