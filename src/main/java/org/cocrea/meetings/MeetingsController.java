package org.cocrea.meetings;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The meetings of one instance, a meeting's page, and what facilitators and registrants do there. */
@Controller
class MeetingsController {
    private static final String MEETING = "/meetings/{id:\\d+}/meeting/{meeting:\\d+}";
    private final MeetingRepository meetings;
    private final MeetingService service;
    private final CocreaSettings settings;

    MeetingsController(MeetingRepository meetings, MeetingService service, CocreaSettings settings) {
        this.meetings = meetings;
        this.service = service;
        this.settings = settings;
    }

    @GetMapping("/meetings/{id:\\d+}")
    String list(@OpenTool(MeetingsTool.ID) ToolAccess access, Model model) {
        var gate = new Gate(access);
        var all = meetings.of(access.id());
        var now = Instant.now();
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute(
                "upcoming",
                all.stream().filter(m -> !m.endsAt().toInstant().isBefore(now)).toList());
        model.addAttribute(
                "past",
                all.stream()
                        .filter(m -> m.endsAt().toInstant().isBefore(now))
                        .sorted(java.util.Comparator.comparing(Meeting::startsAt)
                                .reversed())
                        .toList());
        model.addAttribute("organises", gate.organises());
        model.addAttribute("feed", access.initiative().isPublic());
        return "meetings/list";
    }

    @GetMapping("/meetings/{id:\\d+}/new")
    String newForm(@OpenTool(MeetingsTool.ID) ToolAccess access, Model model) {
        requireOrganiser(access);
        return form(access, null, MeetingForm.empty(), null, model);
    }

    @PostMapping("/meetings/{id:\\d+}")
    String create(
            @OpenTool(MeetingsTool.ID) ToolAccess access,
            @ModelAttribute("form") MeetingForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireOrganiser(access);
        try {
            long id = service.create(access, form);
            redirect.addFlashAttribute("notice", "meetings.created");
            return "redirect:/meetings/" + access.id() + "/meeting/" + id;
        } catch (Refused r) {
            return form(access, null, form, r.shownAgain(response), model);
        }
    }

    @GetMapping(MEETING)
    String show(@OpenTool(MeetingsTool.ID) ToolAccess access, @PathVariable long meeting, Model model) {
        return page(access, find(access, meeting), model, null, "");
    }

    @GetMapping(MEETING + "/edit")
    String edit(@OpenTool(MeetingsTool.ID) ToolAccess access, @PathVariable long meeting, Model model) {
        requireOrganiser(access);
        var m = find(access, meeting);
        return form(access, m, MeetingForm.of(m, settings.timeZone()), null, model);
    }

    @PostMapping(MEETING + "/edit")
    String update(
            @OpenTool(MeetingsTool.ID) ToolAccess access,
            @PathVariable long meeting,
            @ModelAttribute("form") MeetingForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireOrganiser(access);
        var m = find(access, meeting);
        try {
            service.update(access, m, form);
            redirect.addFlashAttribute("notice", "meetings.saved");
            return "redirect:/meetings/" + access.id() + "/meeting/" + meeting;
        } catch (Refused r) {
            return form(access, m, form, r.shownAgain(response), model);
        }
    }

    @PostMapping(MEETING + "/register")
    String register(
            @OpenTool(MeetingsTool.ID) ToolAccess access,
            @PathVariable long meeting,
            @RequestParam(required = false) String answer,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var gate = new Gate(access);
        if (!gate.mayRegister()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var m = find(access, meeting);
        try {
            var outcome = service.register(access, m, answer);
            redirect.addFlashAttribute(
                    "notice",
                    outcome == MeetingService.Outcome.REGISTERED ? "meetings.registered" : "meetings.waitlisted");
            return "redirect:/meetings/" + access.id() + "/meeting/" + meeting;
        } catch (Refused r) {
            return page(access, m, model, r.shownAgain(response), answer == null ? "" : answer);
        }
    }

    @PostMapping(MEETING + "/unregister")
    String unregister(
            @OpenTool(MeetingsTool.ID) ToolAccess access,
            @PathVariable long meeting,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (access.person() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var m = find(access, meeting);
        try {
            service.unregister(access, m);
            redirect.addFlashAttribute("notice", "meetings.unregistered");
            return "redirect:/meetings/" + access.id() + "/meeting/" + meeting;
        } catch (Refused r) {
            return page(access, m, model, r.shownAgain(response), "");
        }
    }

    @PostMapping(MEETING + "/cancel")
    String cancel(
            @OpenTool(MeetingsTool.ID) ToolAccess access,
            @PathVariable long meeting,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireOrganiser(access);
        var m = find(access, meeting);
        try {
            service.cancel(access, m);
            redirect.addFlashAttribute("notice", "meetings.cancelled");
            return "redirect:/meetings/" + access.id() + "/meeting/" + meeting;
        } catch (Refused r) {
            return page(access, m, model, r.shownAgain(response), "");
        }
    }

    @PostMapping(MEETING + "/attendance")
    String attendance(
            @OpenTool(MeetingsTool.ID) ToolAccess access,
            @PathVariable long meeting,
            @RequestParam(name = "present", required = false) List<String> present,
            RedirectAttributes redirect) {
        requireOrganiser(access);
        var m = find(access, meeting);
        Set<Long> ids = new HashSet<>();
        if (present != null) {
            for (String p : present) {
                if (p != null && p.matches("\\d{1,18}")) {
                    ids.add(Long.parseLong(p));
                }
            }
        }
        service.attendance(m, ids);
        redirect.addFlashAttribute("notice", "meetings.attendance.saved");
        return "redirect:/meetings/" + access.id() + "/meeting/" + meeting;
    }

    @PostMapping(MEETING + "/minutes")
    String minutes(
            @OpenTool(MeetingsTool.ID) ToolAccess access,
            @PathVariable long meeting,
            @RequestParam(required = false) String minutes,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireOrganiser(access);
        var m = find(access, meeting);
        try {
            service.minutes(m, minutes);
            redirect.addFlashAttribute("notice", "meetings.minutes.saved");
            return "redirect:/meetings/" + access.id() + "/meeting/" + meeting;
        } catch (Refused r) {
            model.addAttribute("minutesDraft", minutes);
            return page(access, m, model, r.shownAgain(response), "");
        }
    }

    private static void requireOrganiser(ToolAccess access) {
        if (!access.may(MeetingsTool.ORGANISE)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private Meeting find(ToolAccess access, long meeting) {
        return meetings.find(access.id(), meeting).orElseThrow(NotFound::new);
    }

    private String form(ToolAccess access, Meeting meeting, MeetingForm form, BindingResult errors, Model model) {
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("meeting", meeting);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "meetings/form";
    }

    private String page(ToolAccess access, Meeting m, Model model, BindingResult errors, String answer) {
        var gate = new Gate(access);
        var registrations = meetings.registrations(m.id());
        Long me = gate.me();
        var mine = registrations.stream()
                .filter(r -> me != null && r.personId() == me)
                .findFirst()
                .orElse(null);
        long taken = registrations.stream().filter(Registration::registered).count();
        boolean organises = gate.organises();
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("meeting", m);
        model.addAttribute("organises", organises);
        model.addAttribute("mayRegister", gate.mayRegister() && !m.cancelled() && !m.past());
        model.addAttribute("mine", mine);
        model.addAttribute("taken", taken);
        model.addAttribute(
                "waiting", registrations.stream().filter(r -> !r.registered()).count());
        model.addAttribute("showLink", organises || (mine != null && mine.registered()));
        model.addAttribute("registrations", organises ? registrations : List.<Registration>of());
        model.addAttribute("answer", answer);
        if (!model.containsAttribute("minutesDraft")) {
            model.addAttribute("minutesDraft", m.minutes() == null ? "" : m.minutes());
        }
        model.addAttribute("errors", errors);
        return "meetings/meeting";
    }
}
