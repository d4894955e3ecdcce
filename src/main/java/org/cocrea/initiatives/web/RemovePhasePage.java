package org.cocrea.initiatives.web;

import java.util.List;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.TimelinePhase;

/**
 * The confirmation of "remove phase": what is lost, i.e. the phase and its dates, whether it is the active one,
 * and, when no other cycle has that phase, the tools that will no longer be listed on the initiative page
 * ({@code hiddenTools}: their name keys; what people wrote in them is kept).
 */
public record RemovePhasePage(
        Initiative initiative, TimelinePhase phase, boolean active, List<String> hiddenTools, String problem) {}
