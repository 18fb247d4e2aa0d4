package org.ilertmcp.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds references from a repository's build files, sources, scripts and docs to files outside the
 * repository: relative paths whose {@code ..} segments climb above its root (resolved from where
 * each kind of file is read: a POM and a Java source from their module, a script from its folder,
 * {@code ${maven.multiModuleProjectDirectory}} from the root) and absolute paths into this
 * machine's work folders. Generated and downloaded folders (target, node_modules, .git) are not
 * part of the repository's text.
 */
final class OutsideReferences {
  private static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", "node_modules");
  private static final Pattern SCANNED =
      Pattern.compile(
          "(pom\\.xml|mvnw|mvnw\\.cmd|run|Dockerfile|.*\\.(java|sh|mjs|js|cjs|ts|json|properties|xml|ya?ml"
              + "|md|tsv|txt|cmd|conf|config))");

  /** A path token, with the expression it is appended to, if any. */
  private static final Pattern TOKEN =
      Pattern.compile(
          "(\\$\\{[A-Za-z0-9_.]+\\}|\\$\\(dirname \"\\$0\"\\)|\\$\\(dirname \"\\$\\{BASH_SOURCE\\[0\\]\\}\"\\))?"
              + "\"?([A-Za-z0-9_.\\-/\\\\~]+)");

  private static final Pattern MACHINE_PATHS = Pattern.compile("(?<![\\w.])/work/[\\w.\\-/]*");

  /** One finding: file (relative to the root), line number, the reference. */
  record Finding(String file, int line, String reference) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + reference;
    }
  }

  private final Path root;

  OutsideReferences(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Every reference outside the root in the scanned files, except in {@code excluded}. */
  List<Finding> find(Set<Path> excluded) {
    List<Finding> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .filter(f -> !skipped(f) && SCANNED.matcher(f.getFileName().toString()).matches())
          .filter(f -> !excluded.contains(f.toAbsolutePath().normalize()))
          .sorted()
          .forEach(f -> scan(f, out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private boolean skipped(Path file) {
    for (Path part : root.relativize(file.toAbsolutePath().normalize())) {
      if (SKIPPED_DIRS.contains(part.toString())) {
        return true;
      }
    }
    return false;
  }

  private void scan(Path file, List<Finding> out) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      return; // not text
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = root.relativize(file).toString();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher m = TOKEN.matcher(line);
      while (m.find()) {
        if (escapes(file, m.group(1), m.group(2))) {
          out.add(new Finding(name, i + 1, (m.group(1) == null ? "" : m.group(1)) + m.group(2)));
        }
      }
      Matcher machine = MACHINE_PATHS.matcher(line);
      while (machine.find()) {
        out.add(new Finding(name, i + 1, machine.group()));
      }
    }
  }

  /** Whether {@code path}, appended to {@code prefix} (or alone), climbs above the root. */
  private boolean escapes(Path file, String prefix, String path) {
    List<String> segments = List.of(path.split("[/\\\\]"));
    if (!segments.contains("..")) {
      return false;
    }
    Path base;
    if (prefix == null) {
      if (path.startsWith("/") || path.startsWith("\\")) {
        return false; // an absolute path (often a URL path such as /alerts/../users), not ours
      }
      base = file.getFileName().toString().endsWith(".java") ? module(file) : file.getParent();
    } else if (prefix.equals("${maven.multiModuleProjectDirectory}")
        || prefix.equals("${session.executionRootDirectory}")) {
      base = root;
    } else if (prefix.startsWith("$(dirname")) {
      base = file.getParent();
    } else {
      base = module(file); // ${project.basedir}, ${basedir} and other module-relative properties
    }
    Path resolved = base;
    for (String segment : segments) {
      if (!segment.isEmpty()) {
        resolved = resolved.resolve(segment).normalize();
      }
    }
    return !resolved.startsWith(root);
  }

  /** The nearest folder holding a pom.xml: where Maven runs that module's code and tests. */
  private Path module(Path file) {
    for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
      if (Files.exists(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    return root;
  }
}
