package org.ilertmcp.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ilertmcp.server.cli.Main;
import org.ilertmcp.server.testing.SystemTools;
import org.ilertmcp.server.web.ServiceRoutes;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Kubernetes manifests and the Dockerfile say what the server itself says: rendered with {@code
 * kubectl kustomize}, every {@code ILERT_*} variable and flag they set is one the server's own
 * {@code --help} lists, the ports and probe paths are the ones it serves, and the pods run as the
 * image's non-root user on a read-only root filesystem.
 */
class DeploymentFilesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern ENV_NAME = Pattern.compile("ILERT_[A-Z_]+");
  private static final ObjectMapper YAML = new YAMLMapper();

  @Test
  void statelessBaseMatchesTheServer() throws Exception {
    List<JsonNode> objects = render("deploy/kubernetes/base");
    JsonNode deployment = only(objects, "Deployment", "ilert-mcp");
    JsonNode pod = deployment.path("spec").path("template");
    JsonNode container = checkServerContainer(pod);
    assertThat(env(container, "ILERT_STATELESS")).isEqualTo("true");
    checkCompanions(objects, "Deployment", pod);
  }

  @Test
  void sessionOverlayRoutesEachSessionToThePodThatHoldsIt() throws Exception {
    List<JsonNode> objects = render("deploy/kubernetes/overlays/session");
    assertThat(kinds(objects)).doesNotContain("Deployment/ilert-mcp");
    JsonNode statefulSet = only(objects, "StatefulSet", "ilert-mcp");
    JsonNode pod = statefulSet.path("spec").path("template");
    JsonNode container = checkServerContainer(pod);
    assertThat(env(container, "ILERT_STATELESS")).isEqualTo("false");
    JsonNode route = envVar(container, "ILERT_SESSION_ROUTE");
    assertThat(route.path("valueFrom").path("fieldRef").path("fieldPath").asString())
        .isEqualTo("metadata.name");
    checkCompanions(objects, "StatefulSet", pod);

    String headless = statefulSet.path("spec").path("serviceName").asString();
    assertThat(only(objects, "Service", headless).path("spec").path("clusterIP").asString())
        .isEqualTo("None");
    String router =
        only(objects, "ConfigMap", "ilert-mcp-router")
            .path("data")
            .path("default.conf.template")
            .asString();
    // Pod names of this StatefulSet (ilert-mcp-0, -1, ...) are what the router accepts.
    Matcher podPattern =
        Pattern.compile("\\(\\?<pod>(ilert-mcp-\\[0-9\\]\\{1,4\\})\\)").matcher(router);
    assertThat(podPattern.find()).as(router).isTrue();
    assertThat(statefulSet.path("metadata").path("name").asString() + "-7")
        .matches("ilert-mcp-[0-9]{1,4}");
    assertThat(router)
        .contains("$http_mcp_session_id")
        .contains("$pod." + headless + ".")
        .contains(":" + containerPort(container));
    JsonNode ingress = only(objects, "Ingress", "ilert-mcp");
    assertThat(
            ingress
                .path("spec")
                .path("rules")
                .get(0)
                .path("http")
                .path("paths")
                .get(0)
                .path("backend")
                .path("service")
                .path("name")
                .asString())
        .isEqualTo("ilert-mcp-router");
  }

  @Test
  void dockerfileUsesTheLauncherANonRootUserAndTheServersVariables() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"), StandardCharsets.UTF_8);
    assertThat(ROOT.resolve("ilert-mcp-server/src/dist/bin/ilert-mcp")).isExecutable();
    assertThat(dockerfile)
        .contains("ENTRYPOINT [\"/opt/ilert-mcp/bin/ilert-mcp\"]")
        .contains("RUN /opt/ilert-mcp/bin/ilert-mcp-cds")
        .contains("USER 10001:10001")
        .contains("EXPOSE 8808")
        .contains("ILERT_PORT=8808")
        .contains("ILERT_HOST=0.0.0.0")
        .contains("GET " + ServiceRoutes.HEALTH + " ");
    assertThat(names(dockerfile)).isSubsetOf(help("http"));
  }

  private static JsonNode checkServerContainer(JsonNode pod) {
    JsonNode spec = pod.path("spec");
    JsonNode container = spec.path("containers").get(0);
    String command = container.path("args").get(0).asString();
    Set<String> help = help(command);
    for (JsonNode arg : container.path("args")) {
      if (arg.asString().startsWith("--")) {
        assertThat(help)
            .as("flag %s in %s --help", arg, command)
            .contains(arg.asString().split("=")[0]);
      }
    }
    Set<String> names = new TreeSet<>();
    container.path("env").forEach(e -> names.add(e.path("name").asString()));
    Set<String> ilert =
        names.stream()
            .filter(n -> n.startsWith("ILERT_"))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(ilert).as("ILERT_* variables the manifest sets").isNotEmpty().isSubsetOf(help);

    int port = containerPort(container);
    assertThat(Integer.parseInt(env(container, "ILERT_PORT"))).isEqualTo(port);
    assertThat(env(container, "ILERT_HOST")).isEqualTo("0.0.0.0");
    assertThat(probe(container, "livenessProbe")).isEqualTo(ServiceRoutes.HEALTH);
    assertThat(probe(container, "startupProbe")).isEqualTo(ServiceRoutes.HEALTH);
    assertThat(probe(container, "readinessProbe")).isEqualTo(ServiceRoutes.READY);
    for (String p : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
      assertThat(container.path(p).path("httpGet").path("port").asString()).isEqualTo("http");
    }

    assertThat(spec.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
    assertThat(spec.path("securityContext").path("runAsUser").asInt()).isEqualTo(10001);
    assertThat(container.path("securityContext").path("readOnlyRootFilesystem").asBoolean())
        .isTrue();
    assertThat(container.path("resources").path("requests").path("cpu").isMissingNode()).isFalse();
    assertThat(container.path("resources").path("requests").path("memory").isMissingNode())
        .isFalse();
    assertThat(spec.path("terminationGracePeriodSeconds").asInt()).isGreaterThanOrEqualTo(30);
    // The JVM writes to /tmp; the root filesystem is read-only.
    assertThat(container.path("volumeMounts").toString()).contains("\"mountPath\":\"/tmp\"");
    return container;
  }

  private static void checkCompanions(List<JsonNode> objects, String workloadKind, JsonNode pod) {
    JsonNode labels = pod.path("metadata").path("labels");
    JsonNode service = only(objects, "Service", "ilert-mcp");
    assertThat(service.path("spec").path("ports").get(0).path("targetPort").asString())
        .isEqualTo("http");
    assertThat(matches(service.path("spec").path("selector"), labels)).isTrue();
    JsonNode hpa = only(objects, "HorizontalPodAutoscaler", "ilert-mcp");
    assertThat(hpa.path("spec").path("scaleTargetRef").path("kind").asString())
        .isEqualTo(workloadKind);
    assertThat(hpa.path("spec").path("minReplicas").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode pdb = only(objects, "PodDisruptionBudget", "ilert-mcp");
    assertThat(matches(pdb.path("spec").path("selector").path("matchLabels"), labels)).isTrue();
    JsonNode policy = only(objects, "NetworkPolicy", "ilert-mcp");
    assertThat(matches(policy.path("spec").path("podSelector").path("matchLabels"), labels))
        .isTrue();
    assertThat(policy.path("spec").path("ingress").toString()).contains("\"port\":\"http\"");
  }

  private static boolean matches(JsonNode selector, JsonNode labels) {
    for (String key : selector.propertyNames()) {
      if (!selector.path(key).asString().equals(labels.path(key).asString())) {
        return false;
      }
    }
    return !selector.isEmpty();
  }

  private static int containerPort(JsonNode container) {
    for (JsonNode port : container.path("ports")) {
      if (port.path("name").asString().equals("http")) {
        return port.path("containerPort").asInt();
      }
    }
    throw new AssertionError("no port named http in " + container);
  }

  private static String probe(JsonNode container, String probe) {
    return container.path(probe).path("httpGet").path("path").asString();
  }

  private static JsonNode envVar(JsonNode container, String name) {
    for (JsonNode e : container.path("env")) {
      if (e.path("name").asString().equals(name)) {
        return e;
      }
    }
    throw new AssertionError(name + " not set in " + container.path("env"));
  }

  private static String env(JsonNode container, String name) {
    return envVar(container, name).path("value").asString();
  }

  /** Every {@code ILERT_*} name and {@code --flag} the command's {@code --help} lists. */
  private static Set<String> help(String command) {
    CommandLine sub = Main.commandLine().getSubcommands().get(command);
    assertThat(sub).as("subcommand %s", command).isNotNull();
    StringWriter text = new StringWriter();
    sub.usage(new PrintWriter(text));
    Set<String> out = names(text.toString());
    Matcher flags = Pattern.compile("--[a-z][a-z-]+").matcher(text.toString());
    while (flags.find()) {
      out.add(flags.group());
    }
    return out;
  }

  private static Set<String> names(String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = ENV_NAME.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static JsonNode only(List<JsonNode> objects, String kind, String name) {
    List<JsonNode> found =
        objects.stream()
            .filter(o -> o.path("kind").asString().equals(kind))
            .filter(o -> o.path("metadata").path("name").asString().equals(name))
            .toList();
    assertThat(found).as("%s/%s in %s", kind, name, kinds(objects)).hasSize(1);
    return found.get(0);
  }

  private static List<String> kinds(List<JsonNode> objects) {
    return objects.stream()
        .map(o -> o.path("kind").asString() + "/" + o.path("metadata").path("name").asString())
        .toList();
  }

  private static List<JsonNode> render(String dir) throws IOException, InterruptedException {
    Path kubectl = SystemTools.require("kubectl");
    Process process =
        new ProcessBuilder(kubectl.toString(), "kustomize", ROOT.resolve(dir).toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String yaml = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("kubectl kustomize %s", dir).isZero();
    List<JsonNode> objects = new ArrayList<>();
    for (JsonNode doc : YAML.readValues(YAML.createParser(yaml), JsonNode.class).readAll()) {
      if (doc != null && !doc.isEmpty()) {
        objects.add(doc);
      }
    }
    return objects;
  }
}
