package org.cocrea.platform.admin;

import java.util.Comparator;
import java.util.List;
import org.cocrea.platform.ModerationItem;
import org.cocrea.platform.ModerationSource;
import org.cocrea.platform.SignedInPerson;
import org.cocrea.platform.StatisticsSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrators' moderation queue and platform statistics ({@code /admin/**} is theirs alone). Both gather
 * what each module's {@link ModerationSource} or {@link StatisticsSource} gives, so a new tool appears here by
 * implementing one; neither reads another module's tables.
 */
@Controller
class AdminPagesController {
    private final ObjectProvider<ModerationSource> moderation;
    private final ObjectProvider<StatisticsSource> statistics;

    AdminPagesController(ObjectProvider<ModerationSource> moderation, ObjectProvider<StatisticsSource> statistics) {
        this.moderation = moderation;
        this.statistics = statistics;
    }

    @GetMapping("/admin/moderation")
    String moderation(@AuthenticationPrincipal SignedInPerson me, Model model) {
        List<ModerationItem> items = moderation
                .orderedStream()
                .flatMap(source -> source.waiting(me).stream())
                .sorted(Comparator.comparing(ModerationItem::since))
                .toList();
        model.addAttribute("items", items);
        return "platform/admin-moderation";
    }

    @GetMapping("/admin/statistics")
    String statistics(Model model) {
        model.addAttribute(
                "stats",
                StatisticsPage.of(statistics
                        .orderedStream()
                        .flatMap(source -> source.statistics().stream())
                        .toList()));
        return "platform/admin-statistics";
    }
}
