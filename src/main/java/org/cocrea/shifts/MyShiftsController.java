package org.cocrea.shifts;

import java.nio.charset.StandardCharsets;
import org.cocrea.platform.Downloads;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.SignedInPerson;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
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
 * A person's shifts across every initiative: the "my shifts" page, the certificate of volunteering hours as PDF, and
 * the private iCalendar feed behind a token in the path (no session needed, so calendar programs can subscribe),
 * made, shown once, renewed and revoked here.
 */
@Controller
class MyShiftsController {
    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private final ShiftRepository shifts;
    private final ShiftCalendar calendar;
    private final ShiftCalendarTokens tokens;
    private final Certificate certificate;
    private final org.cocrea.platform.CocreaSettings settings;

    MyShiftsController(
            ShiftRepository shifts,
            ShiftCalendar calendar,
            ShiftCalendarTokens tokens,
            Certificate certificate,
            org.cocrea.platform.CocreaSettings settings) {
        this.shifts = shifts;
        this.calendar = calendar;
        this.tokens = tokens;
        this.certificate = certificate;
        this.settings = settings;
    }

    @GetMapping("/shifts/mine")
    String mine(@AuthenticationPrincipal SignedInPerson me, Model model) {
        return page(me, null, model);
    }

    private String page(SignedInPerson me, String url, Model model) {
        var all = shifts.mine(me.personId());
        var coming =
                new java.util.ArrayList<>(all.stream().filter(s -> !s.ended()).toList());
        java.util.Collections.reverse(coming); // soonest first
        model.addAttribute("coming", coming);
        model.addAttribute("past", all.stream().filter(MyShift::ended).toList());
        model.addAttribute(
                "total",
                Certificate.total(
                        all.stream().filter(s -> s.attended() && !s.minor()).toList()));
        model.addAttribute("since", shifts.tokenCreated(me.personId()).orElse(null));
        model.addAttribute("url", url);
        return "shifts/mine";
    }

    /**
     * Makes a new token and answers with the page showing it: the one moment it exists outside the person's calendar
     * program (only its hash is stored), so it is never put in a redirect, a session or a log.
     */
    @PostMapping("/shifts/mine/calendar")
    String renew(@AuthenticationPrincipal SignedInPerson me, Model model) {
        String token = tokens.renew(me.personId());
        return page(me, settings.link("/shifts/calendar/" + token + ".ics"), model);
    }

    @PostMapping("/shifts/mine/calendar/revoke")
    String revoke(@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        tokens.revoke(me.personId());
        redirect.addFlashAttribute("notice", "shifts.calendar.revoked");
        return "redirect:/shifts/mine";
    }

    /** The person's shifts with a place (not waitlisted), for a calendar program; a wrong or revoked token is 404. */
    @GetMapping("/shifts/calendar/{token:[A-Za-z0-9_-]+}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        long person = tokens.person(token).orElseThrow(NotFound::new);
        var placed = shifts.mine(person).stream().filter(MyShift::registered).toList();
        return ResponseEntity.ok()
                .cacheControl(Downloads.PRIVATE)
                .contentType(CALENDAR)
                .body(calendar.write("Cocrea", placed));
    }

    @GetMapping("/shifts/mine/certificate.pdf")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal SignedInPerson me) {
        byte[] pdf = certificate.pdf(me.displayName(), shifts.attended(me.personId()), LocaleContextHolder.getLocale());
        return ResponseEntity.ok()
                .cacheControl(Downloads.PRIVATE)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("certificate-volunteering.pdf")
                                .build()
                                .toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }
}
