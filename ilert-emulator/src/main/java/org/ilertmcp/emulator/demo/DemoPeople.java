package org.ilertmcp.emulator.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ilertmcp.emulator.domain.Role;
import org.ilertmcp.emulator.domain.Team;
import org.ilertmcp.emulator.domain.User;
import org.ilertmcp.emulator.engine.Store;

/**
 * The demo organisation's people: 12 users in four time zones with every role, 4 teams (one
 * PRIVATE) and the fixed demo API keys. Names are invented.
 */
final class DemoPeople {
  static final long ADMIN = 1001;
  static final long MANAGER = 1002;
  static final long RESPONDER = 1003;
  static final long STAKEHOLDER = 1012;
  static final long SECURITY_RESPONDER = 1009;

  private DemoPeople() {}

  private record Person(
      long id, String first, String last, String zone, Role role, String dept, String region) {}

  private static final List<Person> PEOPLE =
      List.of(
          new Person(1001, "Amelia", "Archer", "Europe/Berlin", Role.ADMIN, "Platform", "DE"),
          new Person(1002, "Ben", "Carter", "America/New_York", Role.USER, "Payments", "US"),
          new Person(1003, "Chloe", "Dubois", "Europe/Berlin", Role.RESPONDER, "Platform", "DE"),
          new Person(1004, "Deniz", "Yilmaz", "Asia/Istanbul", Role.RESPONDER, "Payments", "DE"),
          new Person(
              1005, "Emily", "Foster", "America/Los_Angeles", Role.RESPONDER, "Mobile", "US"),
          new Person(1006, "Felix", "Wagner", "Europe/Berlin", Role.RESPONDER, "Platform", "DE"),
          new Person(
              1007, "Gabriela", "Santos", "America/New_York", Role.RESPONDER, "Mobile", "US"),
          new Person(1008, "Hiro", "Tanaka", "America/Los_Angeles", Role.RESPONDER, "Mobile", "US"),
          new Person(1009, "Ines", "Keller", "Europe/Berlin", Role.RESPONDER, "Security", "DE"),
          new Person(1010, "Jonas", "Becker", "Europe/Berlin", Role.USER, "Platform", "DE"),
          new Person(1011, "Kemal", "Aydin", "Asia/Istanbul", Role.RESPONDER, "Payments", "DE"),
          new Person(
              1012, "Sophie", "Laurent", "America/New_York", Role.STAKEHOLDER, "Management", "US"));

  /** Adds users and teams; returns the demo keys. */
  static List<DemoKey> populate(Store store, Instant now) {
    Instant created = now.minusSeconds(400L * 24 * 3600);
    for (Person p : PEOPLE) {
      String username = (p.first() + "." + p.last()).toLowerCase(java.util.Locale.ROOT);
      store
          .users()
          .put(
              p.id(),
              new User(
                  p.id(),
                  p.first(),
                  p.last(),
                  username + "@demo.invalid",
                  username,
                  p.zone(),
                  "en",
                  p.region(),
                  p.role(),
                  p.role() == Role.STAKEHOLDER ? "Head of Operations" : "Engineer",
                  p.dept(),
                  "+1 555 0100 " + p.id(),
                  String.format("#%06x", (p.id() * 2654435761L) & 0xffffff),
                  created));
      store.nextId("user", p.id());
    }
    team(
        store,
        201,
        "Platform",
        "PUBLIC",
        created,
        ADMIN,
        RESPONDER,
        1006,
        SECURITY_RESPONDER,
        1010);
    team(store, 202, "Payments", "PUBLIC", created, MANAGER, 1004, 1011, 1007);
    team(store, 203, "Mobile", "PUBLIC", created, 1005, 1008, 1007);
    team(store, 204, "Security", "PRIVATE", created, ADMIN, SECURITY_RESPONDER, 1011);
    List<DemoKey> keys = new ArrayList<>();
    key(store, keys, "demo-admin-key", ADMIN);
    key(store, keys, "demo-user-key", MANAGER);
    key(store, keys, "demo-responder-key", RESPONDER);
    key(store, keys, "demo-stakeholder-key", STAKEHOLDER);
    key(store, keys, "demo-security-responder-key", SECURITY_RESPONDER);
    return keys;
  }

  private static void team(
      Store store, long id, String name, String visibility, Instant created, long... members) {
    List<Team.Member> list = new ArrayList<>();
    for (long m : members) {
      Role role = store.users().get(m).role();
      list.add(
          new Team.Member(
              m, role == Role.ADMIN ? "ADMIN" : role == Role.USER ? "USER" : "RESPONDER"));
    }
    store.teams().put(id, new Team(id, name, visibility, list, created));
    store.nextId("team", id);
  }

  private static void key(Store store, List<DemoKey> keys, String key, long userId) {
    User u = store.users().get(userId);
    store.apiKeys().put(key, userId);
    keys.add(new DemoKey(key, userId, u.fullName(), u.email(), u.role().name()));
  }
}
