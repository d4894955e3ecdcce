package org.cocrea.platform.web;

import java.util.List;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Inbox;
import org.cocrea.platform.MyInitiatives;
import org.cocrea.platform.SignedInPerson;
import org.cocrea.platform.ToDo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (the brochure, or the personal home once signed in); the other public pages (about, terms, privacy, accessibility) are administrators' texts: {@code platform.admin}. */
@Controller
class PagesController {
    static final int RECENT_NOTIFICATIONS = 5;

    private final ObjectProvider<ToDo> toDo;
    private final ObjectProvider<MyInitiatives> mine;
    private final ObjectProvider<Inbox> inbox;
    private final java.time.ZoneId zone;

    PagesController(
            ObjectProvider<ToDo> toDo,
            ObjectProvider<MyInitiatives> mine,
            ObjectProvider<Inbox> inbox,
            CocreaSettings settings) {
        this.toDo = toDo;
        this.mine = mine;
        this.inbox = inbox;
        this.zone = settings.timeZone();
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal SignedInPerson me, Model model) {
        if (me == null) {
            return "platform/home";
        }
        long id = me.personId();
        // The platform knows no module: the items come from every ToDo provider, in the modules' order.
        var items = toDo.orderedStream().flatMap(p -> p.forPerson(id).stream()).toList();
        var initiatives = mine.orderedStream().flatMap(p -> p.of(id).stream()).toList();
        Inbox notifications = inbox.getIfAvailable();
        var recent = notifications == null ? List.<Inbox.Recent>of() : notifications.recent(id, RECENT_NOTIFICATIONS);
        model.addAttribute("home", PersonalHome.of(items, initiatives, recent, java.time.LocalDate.now(zone), zone));
        return "platform/personal-home";
    }
}
