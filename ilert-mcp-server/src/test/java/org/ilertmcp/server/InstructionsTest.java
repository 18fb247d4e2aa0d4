package org.ilertmcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ilertmcp.server.catalog.ToolCatalog;
import org.ilertmcp.server.catalog.ToolSelection;
import org.ilertmcp.server.tool.AccessTier;
import org.ilertmcp.server.tool.IlertTool;
import org.junit.jupiter.api.Test;

class InstructionsTest {
  private static final Set<String> CATALOGUE =
      ToolCatalog.all().stream().map(t -> t.spec().name()).collect(Collectors.toSet());

  private static Set<String> offered(ToolSelection selection) {
    List<IlertTool> tools = selection.apply(ToolCatalog.all());
    return tools.stream().map(t -> t.spec().name()).collect(Collectors.toSet());
  }

  /** Every catalogue tool name the text mentions. */
  private static Set<String> named(String text) {
    Matcher m = Pattern.compile("[a-z]+(?:_[a-z]+)+").matcher(text);
    Set<String> out = new java.util.HashSet<>();
    while (m.find()) {
      if (CATALOGUE.contains(m.group())) {
        out.add(m.group());
      }
    }
    return out;
  }

  @Test
  void theDefaultSetsInstructionsNameOnlyOfferedToolsAndStartTriageWithInvestigateAlert() {
    Set<String> offered = offered(ToolSelection.defaults());
    String text = Instructions.text(offered);
    assertThat(named(text)).isNotEmpty().isSubsetOf(offered);
    assertThat(text).contains("triage — investigate_alert first");
    assertThat(text.indexOf("investigate_alert")).isLessThan(text.indexOf("accept_alert"));
  }

  @Test
  void aNarrowSelectionNamesNothingElse() {
    for (String toolsets : List.of("alerts", "oncall", "people", "analysis")) {
      Set<String> offered =
          offered(new ToolSelection(List.of(toolsets), List.of(), List.of(), AccessTier.READ));
      String text = Instructions.text(offered);
      assertThat(named(text)).as(toolsets).isSubsetOf(offered);
    }
  }
}
