package org.ilertmcp.server.tool.input;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads numbers the forms models write them in: a JSON number, a numeric string, {@code #123}, or
 * for ids an ilert web address that names the id ({@code https://acme.ilert.com/alert/view?id=42},
 * {@code https://acme.ilert.com/alerts/42}).
 */
final class Ids {
  private static final Pattern NUMBER = Pattern.compile("#?\\s*(\\d{1,18})");
  private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s]*ilert[^\\s]*");
  private static final Pattern URL_ID = Pattern.compile("(?:[?&]id=|/)(\\d{1,18})(?=$|[/?#&])");

  private Ids() {}

  /** Whether {@code s} is an id in one of the accepted forms (and so not a name). */
  static boolean looksLikeId(String s) {
    String v = s.trim();
    return NUMBER.matcher(v).matches() || URL.matcher(v).matches() && fromUrl(v) > 0;
  }

  /** The positive id in {@code v}, or an error naming the accepted forms. */
  static long parse(String name, JsonNode v) {
    long id = -1;
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      id = v.asLong();
    } else if (v.isNumber() && isWhole(v) && fitsALong(v.decimalValue())) {
      id = v.decimalValue().longValueExact();
    } else if (v.isString()) {
      String s = v.asString().trim();
      Matcher m = NUMBER.matcher(s);
      if (m.matches()) {
        id = Long.parseLong(m.group(1));
      } else if (URL.matcher(s).matches()) {
        id = fromUrl(s);
      }
    }
    if (id > 0) {
      return id;
    }
    throw new ToolInputException(
        "`"
            + name
            + "` is a numeric ilert id such as 1000434 (as list results return it); got "
            + Param.kind(v)
            + ".");
  }

  /** Whether a whole number is small enough for an id (1e308 is whole, and no id). */
  private static boolean fitsALong(BigDecimal whole) {
    return whole.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
  }

  private static long fromUrl(String url) {
    Matcher m = URL_ID.matcher(url);
    long last = -1;
    while (m.find()) {
      last = Long.parseLong(m.group(1));
    }
    return last;
  }

  private static boolean isWhole(JsonNode v) {
    BigDecimal d = v.decimalValue();
    return d.signum() > 0 && d.stripTrailingZeros().scale() <= 0;
  }

  /** A whole number in {@code [min, max]}. */
  static int integer(String name, JsonNode v, int min, int max) {
    long value;
    if (v.isIntegralNumber() && v.canConvertToLong()) {
      value = v.asLong();
    } else if (v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0) {
      if (!fitsALong(v.decimalValue())) {
        throw new ToolInputException(
            "`" + name + "` is between " + min + " and " + max + "; got " + v.asString() + ".");
      }
      value = v.decimalValue().longValue();
    } else if (v.isString() && v.asString().trim().matches("-?\\d{1,10}")) {
      value = Long.parseLong(v.asString().trim());
    } else {
      throw new ToolInputException("`" + name + "` is a whole number; got " + Param.kind(v) + ".");
    }
    if (value < min || value > max) {
      throw new ToolInputException(
          "`" + name + "` is between " + min + " and " + max + "; got " + value + ".");
    }
    return (int) value;
  }
}
