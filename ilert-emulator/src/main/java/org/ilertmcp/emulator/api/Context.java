package org.ilertmcp.emulator.api;

import java.time.Clock;
import org.ilertmcp.emulator.engine.AlertService;
import org.ilertmcp.emulator.engine.EscalationEngine;
import org.ilertmcp.emulator.engine.OnCallCalculator;
import org.ilertmcp.emulator.engine.Store;
import org.ilertmcp.emulator.http.Views;
import org.ilertmcp.emulator.http.Visibility;

/** What every resource handler needs; built once per emulator. */
public record Context(
    Store store,
    AlertService alerts,
    EscalationEngine escalation,
    OnCallCalculator onCall,
    Views views,
    Visibility visibility,
    Clock clock) {}
