package org.ilertmcp.client.schedules;

import java.time.Instant;
import org.ilertmcp.client.common.User;

/**
 * A shift: who is on call from when until when. Also the body of an override.
 *
 * @param user the user (send only the id)
 * @param start start
 * @param end end
 */
public record Shift(User user, Instant start, Instant end) {}
