package org.ilertmcp.client.supporthours;

import java.util.List;
import java.util.Map;
import org.ilertmcp.client.common.TeamRel;
import tools.jackson.databind.JsonNode;

/**
 * Support hours, used by alert sources to set priority in and outside office hours.
 *
 * @param id id
 * @param name name
 * @param timezone IANA time zone
 * @param supportDays MONDAY..SUNDAY to {@code {start, end}} ("HH:mm"); days left out have none
 * @param exceptions holidays as raw JSON ({@code [{name,start,end,supportStatus}]})
 * @param teams owning teams
 */
public record SupportHour(
    Long id,
    String name,
    String timezone,
    Map<String, Day> supportDays,
    JsonNode exceptions,
    List<TeamRel> teams) {

  /**
   * One day's support time.
   *
   * @param start "HH:mm"
   * @param end "HH:mm"
   */
  public record Day(String start, String end) {}
}
