package org.ilertmcp.server.tools.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ilertmcp.server.tool.AccessTier;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operation catalogue against the committed contract of ilert's API (derived from ilert's
 * published OpenAPI document, docs/ilert-api-contract.md), its tier rules, matching and gate.
 */
class ApiCatalogueTest {
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

  /** "METHOD path" of every operation in the contract. */
  private static Set<String> contractOperations() {
    String location = System.getProperty("ilert.contract");
    assertThat(location).as("system property ilert.contract").isNotBlank();
    JsonNode contract = JsonMapper.builder().build().readTree(new File(location));
    Set<String> ops = new HashSet<>();
    contract
        .path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue().properties().stream()
                    .map(Map.Entry::getKey)
                    .filter(METHODS::contains)
                    .forEach(m -> ops.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return ops;
  }

  @Test
  void coversExactlyTheContractsOperations() {
    List<String> ours = ApiCatalogue.all().stream().map(o -> o.method() + " " + o.path()).toList();
    assertThat(ours).doesNotHaveDuplicates();
    assertThat(new HashSet<>(ours)).isEqualTo(contractOperations());
    assertThat(ours).hasSize(180);
  }

  @Test
  void everyOperationHasAShortSummary() {
    for (ApiCatalogue.Operation op : ApiCatalogue.all()) {
      assertThat(op.summary()).as(op.path()).isNotBlank();
      assertThat(op.summary().length()).as(op.path()).isLessThanOrEqualTo(80);
    }
  }

  @Test
  void tiersFollowTheRules() {
    for (ApiCatalogue.Operation op : ApiCatalogue.all()) {
      if (op.method().equals("GET")) {
        assertThat(op.tier()).as(op.path()).isEqualTo(AccessTier.READ);
      }
    }
    assertThat(tier("PUT", "/alerts/1/accept")).isEqualTo(AccessTier.RESPOND);
    assertThat(tier("DELETE", "/alerts/1/responders/2")).isEqualTo(AccessTier.RESPOND);
    assertThat(tier("POST", "/incidents")).isEqualTo(AccessTier.MANAGE);
    assertThat(tier("PUT", "/schedules/3/overrides")).isEqualTo(AccessTier.MANAGE);
    assertThat(tier("DELETE", "/maintenance-windows/4")).isEqualTo(AccessTier.MANAGE);
    assertThat(tier("POST", "/deployment-events")).isEqualTo(AccessTier.MANAGE);
    assertThat(tier("DELETE", "/teams/5")).isEqualTo(AccessTier.ADMIN);
    assertThat(tier("PUT", "/alert-sources/5")).isEqualTo(AccessTier.ADMIN);
    assertThat(tier("POST", "/users/search-email")).isEqualTo(AccessTier.READ);
  }

  private static AccessTier tier(String method, String path) {
    return ApiCatalogue.match(method, path).orElseThrow().tier();
  }

  @Test
  void literalSegmentsWinOverIds() {
    assertThat(ApiCatalogue.match("GET", "/users/current").orElseThrow().path())
        .isEqualTo("/users/current");
    assertThat(ApiCatalogue.match("GET", "/users/1001").orElseThrow().path())
        .isEqualTo("/users/{user-id}");
    assertThat(ApiCatalogue.match("GET", "/alerts/count").orElseThrow().path())
        .isEqualTo("/alerts/count");
    assertThat(ApiCatalogue.match("DELETE", "/teams/5/members/7").orElseThrow().path())
        .isEqualTo("/teams/{id}/members/{id}");
    assertThat(ApiCatalogue.match("PATCH", "/alerts/1")).isEmpty();
    assertThat(ApiCatalogue.match("GET", "/alerts/1/unknown")).isEmpty();
  }

  @Test
  void theGateRefusesOperationsAboveTheRequestsTier() {
    ApiCatalogue.Operation deleteTeam = ApiCatalogue.match("DELETE", "/teams/5").orElseThrow();
    assertThat(ApiCatalogue.refusal(deleteTeam, AccessTier.MANAGE))
        .hasValueSatisfying(
            m -> assertThat(m).contains("needs access tier 'admin'").contains("'manage'"));
    assertThat(ApiCatalogue.refusal(deleteTeam, AccessTier.READ)).isPresent();
    assertThat(ApiCatalogue.refusal(deleteTeam, AccessTier.ADMIN)).isEmpty();
    ApiCatalogue.Operation accept = ApiCatalogue.match("PUT", "/alerts/1/accept").orElseThrow();
    assertThat(ApiCatalogue.refusal(accept, AccessTier.READ)).isPresent();
    assertThat(ApiCatalogue.refusal(accept, AccessTier.RESPOND)).isEmpty();
    ApiCatalogue.Operation list = ApiCatalogue.match("GET", "/teams").orElseThrow();
    assertThat(ApiCatalogue.refusal(list, AccessTier.READ)).isEmpty();
  }
}
