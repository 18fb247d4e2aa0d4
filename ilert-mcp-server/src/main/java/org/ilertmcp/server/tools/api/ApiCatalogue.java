package org.ilertmcp.server.tools.api;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ilertmcp.server.tool.AccessTier;

/**
 * Every operation of ilert's REST API with our own one-line summary and the access tier it needs,
 * read from {@code operations.tsv} (generated once from the operations of ilert's openapi.yml; a
 * test keeps the two in step).
 */
final class ApiCatalogue {
  /** One operation: method, path template such as {@code /alerts/{id}/accept}, tier, summary. */
  record Operation(String method, String path, AccessTier tier, String summary, Pattern pattern) {
    /** Literal (non-parameter) segments: the more, the more specific a match. */
    int literals() {
      return (int) List.of(path.split("/")).stream().filter(s -> !s.startsWith("{")).count();
    }
  }

  private static final List<Operation> ALL = load();

  private ApiCatalogue() {}

  static List<Operation> all() {
    return ALL;
  }

  /** The operation a concrete path (ids filled in) stands for; literal segments win. */
  static Optional<Operation> match(String method, String path) {
    return ALL.stream()
        .filter(o -> o.method().equals(method) && o.pattern().matcher(path).matches())
        .max(Comparator.comparingInt(Operation::literals));
  }

  /** Operations ranked by how many query words their method, path and summary contain. */
  static List<Operation> search(String query, int limit) {
    String[] words = query.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
    record Scored(Operation op, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (Operation op : ALL) {
      String path = op.path().toLowerCase(Locale.ROOT).replace('-', ' ');
      String text = (op.method() + " " + op.summary()).toLowerCase(Locale.ROOT);
      int score = 0;
      for (String w : words) {
        if (w.length() < 2) {
          continue;
        }
        String stem = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        score += (path.contains(stem) ? 2 : 0) + (text.contains(stem) ? 1 : 0);
      }
      if (score > 0) {
        scored.add(new Scored(op, score));
      }
    }
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::score).reversed())
        .limit(limit)
        .map(Scored::op)
        .toList();
  }

  /** Why a request at {@code tier} may not run {@code op}, if it may not. */
  static Optional<String> refusal(Operation op, AccessTier tier) {
    if (tier.allows(op.tier())) {
      return Optional.empty();
    }
    return Optional.of(
        op.method()
            + " "
            + op.path()
            + " needs access tier '"
            + op.tier().wireName()
            + "', but this request is limited to '"
            + tier.wireName()
            + "'; nothing was sent to ilert.");
  }

  private static List<Operation> load() {
    InputStream in = ApiCatalogue.class.getResourceAsStream("operations.tsv");
    if (in == null) {
      throw new IllegalStateException("operations.tsv missing from the classpath");
    }
    List<Operation> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        AccessTier tier =
            AccessTier.parse(f[2]).orElseThrow(() -> new IllegalStateException("tier " + f[2]));
        String regex = f[1].replaceAll("\\{[^}]+}", "[^/]+");
        out.add(new Operation(f[0], f[1], tier, f[3], Pattern.compile(regex)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(out);
  }
}
