package org.cocrea.meetings;

import java.util.List;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Downloads;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.SignedInPerson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * iCalendar files: one per meeting (for whoever reads it), a feed per public initiative, and a person's private
 * feed behind a token in the path (no session needed, so calendar programs can subscribe); "my calendar" makes,
 * shows once, renews and revokes that token.
 */
@Controller
class CalendarController {
    static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);
    private final MeetingRepository meetings;
    private final Calendars calendars;
    private final CalendarTokens tokens;
    private final Initiatives initiatives;
    private final org.cocrea.platform.CocreaSettings settings;

    CalendarController(
            MeetingRepository meetings,
            Calendars calendars,
            CalendarTokens tokens,
            Initiatives initiatives,
            org.cocrea.platform.CocreaSettings settings) {
        this.settings = settings;
        this.meetings = meetings;
        this.calendars = calendars;
        this.tokens = tokens;
        this.initiatives = initiatives;
    }

    @GetMapping("/meetings/{id:\\d+}/meeting/{meeting:\\d+}.ics")
    ResponseEntity<String> meeting(@OpenTool(MeetingsTool.ID) ToolAccess access, @PathVariable long meeting) {
        var m = meetings.find(access.id(), meeting).orElseThrow(NotFound::new);
        var gate = new Gate(access);
        boolean placed = gate.organises()
                || (gate.me() != null
                        && meetings.registrations(m.id()).stream()
                                .anyMatch(r -> r.registered() && r.personId() == gate.me()));
        String body = calendars.write(m.title(), List.of(m), placed ? Calendars.Link.SHOWN : Calendars.Link.HIDDEN);
        return Downloads.of(ResponseEntity.ok(), access.initiative().isPublic() && !placed)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + m.id() + ".ics\"")
                .contentType(CALENDAR)
                .body(body);
    }

    /** The feed of a public initiative's meetings; any other initiative is "not found", even to its members. */
    @GetMapping("/meetings/initiative/{initiative:\\d+}/calendar.ics")
    ResponseEntity<String> initiative(@PathVariable long initiative) {
        var found = initiatives.visible(initiative, null).orElseThrow(NotFound::new);
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .body(calendars.write(found.title(), meetings.ofInitiative(initiative), Calendars.Link.HIDDEN));
    }

    /** A person's meetings, for a calendar program: the token is the only key; a wrong or revoked one is 404. */
    @GetMapping("/meetings/calendar/{token:[A-Za-z0-9_-]+}.ics")
    ResponseEntity<String> personal(@PathVariable String token) {
        long person = tokens.person(token).orElseThrow(NotFound::new);
        return ResponseEntity.ok()
                .cacheControl(Downloads.PRIVATE)
                .contentType(CALENDAR)
                .body(calendars.write("Cocrea", meetings.registeredBy(person), Calendars.Link.SHOWN));
    }

    @GetMapping("/meetings/calendar")
    String mine(@AuthenticationPrincipal SignedInPerson me, Model model) {
        model.addAttribute("since", meetings.tokenCreated(me.personId()).orElse(null));
        model.addAttribute("url", null);
        return "meetings/calendar";
    }

    /**
     * Makes a new token and answers with the page showing it: the one moment it exists outside the person's
     * calendar program (only its hash is stored), so it is never put in a redirect, a session or a log.
     */
    @PostMapping("/meetings/calendar")
    String renew(@AuthenticationPrincipal SignedInPerson me, Model model) {
        String token = tokens.renew(me.personId());
        model.addAttribute("since", meetings.tokenCreated(me.personId()).orElse(null));
        model.addAttribute("url", settings.link("/meetings/calendar/" + token + ".ics"));
        return "meetings/calendar";
    }

    @PostMapping("/meetings/calendar/revoke")
    String revoke(@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        tokens.revoke(me.personId());
        redirect.addFlashAttribute("notice", "meetings.calendar.revoked");
        return "redirect:/meetings/calendar";
    }
}
