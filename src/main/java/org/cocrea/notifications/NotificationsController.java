package org.cocrea.notifications;

import jakarta.servlet.http.HttpServletResponse;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cocrea.notifications.web.InboxPage;
import org.cocrea.notifications.web.SettingsPage;
import org.cocrea.platform.NotificationKind;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person's notifications and their choices of how each kind is mailed. */
@Controller
class NotificationsController {
    static final int PAGE_SIZE = 20;
    static final int LAST_PAGE = 10_000;

    private final NotificationRepository notifications;
    private final SettingRepository settings;

    NotificationsController(NotificationRepository notifications, SettingRepository settings) {
        this.notifications = notifications;
        this.settings = settings;
    }

    @GetMapping("/notifications")
    String inbox(
            @RequestParam(defaultValue = "1") String page, @AuthenticationPrincipal SignedInPerson me, Model model) {
        int number = page(page);
        var rows = notifications.page(me.personId(), (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        var items = rows.stream()
                .limit(PAGE_SIZE)
                .map(n -> new InboxPage.Item(
                        n.id(),
                        n.kind() == null ? "" : n.kind().code(),
                        n.subject(),
                        n.body(),
                        n.link(),
                        n.createdAt(),
                        n.read()))
                .toList();
        model.addAttribute("inbox", new InboxPage(items, number, rows.size() > PAGE_SIZE));
        return "notifications/inbox";
    }

    @PostMapping("/notifications/{id:\\d+}/read")
    String read(
            @PathVariable long id,
            @RequestParam(defaultValue = "1") String page,
            @AuthenticationPrincipal SignedInPerson me) {
        // Someone else's or an unknown notification changes nothing, and says nothing about it either.
        notifications.markRead(me.personId(), id);
        return "redirect:/notifications?page=" + page(page);
    }

    @PostMapping("/notifications/read")
    String readAll(@AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        notifications.markAllRead(me.personId());
        redirect.addFlashAttribute("notice", "notifications.allRead");
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/settings")
    String settings(@AuthenticationPrincipal SignedInPerson me, Model model) {
        model.addAttribute("settings", page(settings.of(me.personId())));
        return "notifications/settings";
    }

    @PostMapping("/notifications/settings")
    @Transactional
    String save(
            @RequestParam Map<String, String> form,
            @AuthenticationPrincipal SignedInPerson me,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var choices = new EnumMap<>(settings.of(me.personId()));
        var problems = new java.util.ArrayList<Refused.Problem>();
        for (var kind : NotificationKind.values()) {
            String value = form.get(kind.code());
            if (value == null) {
                continue; // a kind the form did not send keeps its choice
            }
            var delivery = Delivery.fromCode(value.strip());
            if (delivery.isEmpty()) {
                problems.add(new Refused.Problem(kind.code(), "notifications.settings.invalid"));
            } else {
                choices.put(kind, delivery.get());
            }
        }
        if (!problems.isEmpty()) {
            var refused = new Refused(problems);
            model.addAttribute("errors", refused.shownAgain(response));
            model.addAttribute("settings", page(settings.of(me.personId())));
            return "notifications/settings";
        }
        settings.save(me.personId(), choices);
        redirect.addFlashAttribute("notice", "notifications.settings.saved");
        return "redirect:/notifications/settings";
    }

    private static SettingsPage page(Map<NotificationKind, Delivery> choices) {
        List<SettingsPage.Choice> list = choices.entrySet().stream()
                .map(e ->
                        new SettingsPage.Choice(e.getKey().code(), e.getValue().code()))
                .toList();
        return new SettingsPage(list);
    }

    /** Anything that is not a page number shows the first page rather than an error. */
    static int page(String text) {
        try {
            return Math.min(LAST_PAGE, Math.max(1, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
