package org.ilertmcp.server.tools.analysis.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.ilertmcp.client.alerts.Alert;
import org.ilertmcp.client.common.Link;
import org.ilertmcp.client.services.Service;

/**
 * Which services an alert names, and where: its summary, its alert key, its label values and its
 * links (text and address). ilert does not link alert sources to services, so a name in the alert
 * is the strongest evidence short of an incident. A service counts as named when its name or alias
 * (3+ characters) appears as a whole word; in a key, label or address also with dashes or
 * underscores for spaces ({@code checkout-api} names Checkout API).
 */
public final class ServiceMentions {
  private ServiceMentions() {}

  /** Where an alert names a service: the places, in order of strength. */
  public record Mention(Service service, List<String> where) {}

  /** The services {@code alert} names, each with where, in the order of {@code services}. */
  public static List<Mention> in(Alert alert, Collection<Service> services) {
    Map<Long, Mention> out = new LinkedHashMap<>();
    for (Service s : services) {
      List<String> where = new ArrayList<>();
      if (mentions(alert.summary(), s)) {
        where.add("alert summary");
      }
      if (mentions(alert.alertKey(), s)) {
        where.add("alert key");
      }
      if (alert.labels() != null
          && alert.labels().entrySet().stream()
              .anyMatch(e -> mentions(e.getValue(), s) || mentions(e.getKey(), s))) {
        where.add("alert labels");
      }
      if (alert.links() != null && alert.links().stream().anyMatch(l -> mentions(linkText(l), s))) {
        where.add("alert links");
      }
      if (!where.isEmpty() && s.id() != null) {
        out.put(s.id(), new Mention(s, List.copyOf(where)));
      }
    }
    return List.copyOf(out.values());
  }

  /** Whether {@code text} names {@code service} (name or alias as a whole word). */
  public static boolean mentions(String text, Service service) {
    if (text == null || text.isBlank()) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String name : new String[] {service.name(), service.alias()}) {
      if (name != null && name.length() >= 3 && (word(lower, name) || slug(lower, name))) {
        return true;
      }
    }
    return false;
  }

  private static String linkText(Link l) {
    return (l.text() == null ? "" : l.text()) + " " + (l.href() == null ? "" : l.href());
  }

  private static boolean word(String lowerText, String name) {
    String quoted = Pattern.quote(name.toLowerCase(Locale.ROOT));
    return Pattern.compile("(^|[^\\p{L}\\d])" + quoted + "($|[^\\p{L}\\d])")
        .matcher(lowerText)
        .find();
  }

  /** The name with its spaces as dashes or underscores, as keys, labels and URLs write it. */
  private static boolean slug(String lowerText, String name) {
    String lower = name.toLowerCase(Locale.ROOT).trim();
    if (!lower.contains(" ")) {
      return false;
    }
    return word(lowerText, lower.replace(' ', '-')) || word(lowerText, lower.replace(' ', '_'));
  }
}
