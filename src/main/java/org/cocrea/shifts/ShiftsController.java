package org.cocrea.shifts;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
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

/** The activities of one instance, an activity with its shifts, a shift with its sign-ups, and what people do there. */
@Controller
class ShiftsController {
    private static final String TOOL = "/shifts/{id:\\d+}";
    private static final String ACTIVITY = TOOL + "/activity/{activity:\\d+}";
    private static final String SHIFT = TOOL + "/shift/{shift:\\d+}";
    private final ShiftRepository shifts;
    private final ShiftService service;

    ShiftsController(ShiftRepository shifts, ShiftService service) {
        this.shifts = shifts;
        this.service = service;
    }

    @GetMapping(TOOL)
    String list(@OpenTool(ShiftsTool.ID) ToolAccess access, Model model) {
        var gate = new Gate(access);
        var activities = shifts.activities(access.id());
        var all = shifts.shiftsOfInstance(access.id());
        var byActivity = new LinkedHashMap<Long, List<Shift>>();
        activities.forEach(a -> byActivity.put(a.id(), new java.util.ArrayList<>()));
        var now = Instant.now();
        all.stream()
                .filter(s -> s.endsAt().toInstant().isAfter(now))
                .forEach(s -> byActivity.get(s.activityId()).add(s));
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("activities", activities);
        model.addAttribute("coming", byActivity);
        model.addAttribute("coordinates", gate.coordinates());
        model.addAttribute(
                "shortStaffed",
                gate.coordinates()
                        ? all.stream()
                                .filter(s -> s.endsAt().toInstant().isAfter(now) && s.shortStaffed())
                                .toList()
                        : List.<Shift>of());
        model.addAttribute(
                "titles",
                activities.stream().collect(java.util.stream.Collectors.toMap(Activity::id, Activity::title)));
        return "shifts/list";
    }

    @GetMapping(TOOL + "/new")
    String newForm(@OpenTool(ShiftsTool.ID) ToolAccess access, Model model) {
        requireCoordinator(access);
        return activityForm(access, null, ActivityForm.empty(), null, model);
    }

    @PostMapping(TOOL)
    String create(
            @OpenTool(ShiftsTool.ID) ToolAccess access,
            @ModelAttribute("form") ActivityForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireCoordinator(access);
        try {
            long id = service.createActivity(access, form);
            redirect.addFlashAttribute("notice", "shifts.activity.created");
            return "redirect:/shifts/" + access.id() + "/activity/" + id;
        } catch (Refused r) {
            return activityForm(access, null, form, r.shownAgain(response), model);
        }
    }

    @GetMapping(ACTIVITY)
    String activity(@OpenTool(ShiftsTool.ID) ToolAccess access, @PathVariable long activity, Model model) {
        return activityPage(access, findActivity(access, activity), ShiftForm.empty(), null, model);
    }

    @GetMapping(ACTIVITY + "/edit")
    String edit(@OpenTool(ShiftsTool.ID) ToolAccess access, @PathVariable long activity, Model model) {
        requireCoordinator(access);
        var a = findActivity(access, activity);
        return activityForm(access, a, ActivityForm.of(a), null, model);
    }

    @PostMapping(ACTIVITY + "/edit")
    String update(
            @OpenTool(ShiftsTool.ID) ToolAccess access,
            @PathVariable long activity,
            @ModelAttribute("form") ActivityForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireCoordinator(access);
        var a = findActivity(access, activity);
        try {
            service.updateActivity(a, form);
            redirect.addFlashAttribute("notice", "shifts.activity.saved");
            return "redirect:/shifts/" + access.id() + "/activity/" + activity;
        } catch (Refused r) {
            return activityForm(access, a, form, r.shownAgain(response), model);
        }
    }

    @PostMapping(ACTIVITY + "/shifts")
    String addShifts(
            @OpenTool(ShiftsTool.ID) ToolAccess access,
            @PathVariable long activity,
            @ModelAttribute("shiftForm") ShiftForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireCoordinator(access);
        var a = findActivity(access, activity);
        try {
            int added = service.addShifts(access, a, form);
            redirect.addFlashAttribute("notice", added == 1 ? "shifts.shift.added" : "shifts.shift.addedSeries");
            return "redirect:/shifts/" + access.id() + "/activity/" + activity;
        } catch (Refused r) {
            return activityPage(access, a, form, r.shownAgain(response), model);
        }
    }

    @GetMapping(SHIFT)
    String shift(@OpenTool(ShiftsTool.ID) ToolAccess access, @PathVariable long shift, Model model) {
        return shiftPage(access, findShift(access, shift), SignUpForm.empty(), null, null, model);
    }

    @PostMapping(SHIFT + "/signup")
    String signUp(
            @OpenTool(ShiftsTool.ID) ToolAccess access,
            @PathVariable long shift,
            @ModelAttribute("signUp") SignUpForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!new Gate(access).maySignUp()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var s = findShift(access, shift);
        var a = findActivity(access, s.activityId());
        try {
            var outcome = service.signUp(access, a, s, form);
            redirect.addFlashAttribute(
                    "notice", outcome == ShiftService.Outcome.REGISTERED ? "shifts.signed" : "shifts.waitlisted");
            return "redirect:/shifts/" + access.id() + "/shift/" + shift;
        } catch (Refused r) {
            return shiftPage(access, s, form, r.shownAgain(response), null, model);
        }
    }

    @PostMapping(SHIFT + "/cancel")
    String cancel(
            @OpenTool(ShiftsTool.ID) ToolAccess access,
            @PathVariable long shift,
            @RequestParam(required = false) String signup,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (access.person() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var s = findShift(access, shift);
        var a = findActivity(access, s.activityId());
        try {
            service.cancel(access, a, s, id(signup, "signup"));
            redirect.addFlashAttribute("notice", "shifts.cancelled");
            return "redirect:/shifts/" + access.id() + "/shift/" + shift;
        } catch (Refused r) {
            return shiftPage(access, s, SignUpForm.empty(), r.shownAgain(response), null, model);
        }
    }

    @PostMapping(SHIFT + "/attendance")
    String attendance(
            @OpenTool(ShiftsTool.ID) ToolAccess access,
            @PathVariable long shift,
            @RequestParam(required = false) String signup,
            @RequestParam(required = false) String action,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireCoordinator(access);
        var s = findShift(access, shift);
        try {
            long id = ofShift(s, signup, "signup");
            var what = switch (action == null ? "" : action) {
                case "check-in" -> ShiftService.Attendance.CHECK_IN;
                case "check-out" -> ShiftService.Attendance.CHECK_OUT;
                case "withdraw" -> ShiftService.Attendance.WITHDRAW;
                default -> throw new Refused("signup", "shifts.attendance.unknown");
            };
            service.attendance(id, what, Instant.now());
            redirect.addFlashAttribute("notice", "shifts.attendance." + action);
            return "redirect:/shifts/" + access.id() + "/shift/" + shift + "#roster-heading";
        } catch (Refused r) {
            return shiftPage(access, s, SignUpForm.empty(), r.shownAgain(response), null, model);
        }
    }

    @PostMapping(SHIFT + "/hours")
    String hours(
            @OpenTool(ShiftsTool.ID) ToolAccess access,
            @PathVariable long shift,
            @RequestParam(required = false) String signup,
            @RequestParam(required = false) String hours,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        requireCoordinator(access);
        var s = findShift(access, shift);
        Long id = null;
        try {
            id = ofShift(s, signup, "hours");
            service.correct(id, hours);
            redirect.addFlashAttribute("notice", "shifts.hours.saved");
            return "redirect:/shifts/" + access.id() + "/shift/" + shift + "#roster-heading";
        } catch (Refused r) {
            return shiftPage(access, s, SignUpForm.empty(), r.shownAgain(response), id, model);
        }
    }

    private static long id(String text, String field) {
        if (text == null || !text.strip().matches("\\d{1,18}")) {
            throw new Refused(field, "shifts.signup.none");
        }
        return Long.parseLong(text.strip());
    }

    /** A sign-up id of this shift: one of another shift is refused as unknown, never acted on. */
    private long ofShift(Shift s, String text, String field) {
        long id = id(text, field);
        if (shifts.signup(s.id(), id).isEmpty()) {
            throw new Refused(field, "shifts.signup.none");
        }
        return id;
    }

    private static void requireCoordinator(ToolAccess access) {
        if (!access.may(ShiftsTool.COORDINATE)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private Activity findActivity(ToolAccess access, long activity) {
        return shifts.activity(access.id(), activity).orElseThrow(NotFound::new);
    }

    private Shift findShift(ToolAccess access, long shift) {
        return shifts.shift(access.id(), shift).orElseThrow(NotFound::new);
    }

    private String activityForm(
            ToolAccess access, Activity activity, ActivityForm form, BindingResult errors, Model model) {
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("activity", activity);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "shifts/activity-form";
    }

    private String activityPage(
            ToolAccess access, Activity activity, ShiftForm form, BindingResult errors, Model model) {
        var gate = new Gate(access);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("activity", activity);
        model.addAttribute("shifts", shifts.shifts(activity.id()));
        model.addAttribute("coordinates", gate.coordinates());
        model.addAttribute("shiftForm", form);
        model.addAttribute("errors", errors);
        return "shifts/activity";
    }

    private String shiftPage(
            ToolAccess access, Shift s, SignUpForm form, BindingResult errors, Long refusedSignup, Model model) {
        var gate = new Gate(access);
        var activity = findActivity(access, s.activityId());
        boolean coordinates = gate.coordinates();
        Long me = gate.me();
        var all = me == null && !coordinates ? List.<Signup>of() : shifts.signups(s.id());
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("activity", activity);
        model.addAttribute("shift", s);
        model.addAttribute("coordinates", coordinates);
        model.addAttribute("maySignUp", gate.maySignUp() && !s.ended());
        model.addAttribute(
                "mine",
                all.stream().filter(r -> me != null && r.personId() == me).toList());
        // Names, phone numbers and minors are the coordinator's only.
        model.addAttribute("roster", coordinates ? all : List.<Signup>of());
        model.addAttribute("signUp", form);
        model.addAttribute("refusedSignup", refusedSignup);
        model.addAttribute("errors", errors);
        return "shifts/shift";
    }
}
