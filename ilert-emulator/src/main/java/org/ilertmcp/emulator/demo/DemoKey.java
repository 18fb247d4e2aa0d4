package org.ilertmcp.emulator.demo;

/**
 * A demo API key and the user it belongs to. The keys are fixed and deliberately fake ({@code
 * demo-admin-key} …), nothing like ilert's real key formats.
 *
 * @param key the value for {@code Authorization: Bearer <key>}
 * @param userId the user's id
 * @param name the user's full name
 * @param email the user's e-mail
 * @param role the user's account role (ADMIN, USER, RESPONDER, STAKEHOLDER, GUEST)
 */
public record DemoKey(String key, long userId, String name, String email, String role) {}
