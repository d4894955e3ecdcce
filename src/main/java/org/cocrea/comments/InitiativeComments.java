package org.cocrea.comments;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.Map;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.InitiativeSection;
import org.cocrea.platform.SignedInPerson;
import org.cocrea.platform.Ui;
import org.springframework.stereotype.Component;

/** The initiative page's own thread, at the end of the page. */
@Component
class InitiativeComments implements InitiativeSection {
    private final Comments comments;
    private final TemplateEngine templates;

    InitiativeComments(Comments comments, TemplateEngine templates) {
        this.comments = comments;
        this.templates = templates;
    }

    @Override
    public Content section(Initiative initiative, SignedInPerson person, Ui ui) {
        var thread = comments.thread(
                initiative,
                person,
                CommentSort.fromCode(requestParameter(Comments.SORT)),
                "/initiatives/" + initiative.id());
        return output -> templates.render("comments/thread.jte", Map.of("ui", ui, "thread", thread), output);
    }

    private static String requestParameter(String name) {
        return org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                        instanceof org.springframework.web.context.request.ServletRequestAttributes a
                ? a.getRequest().getParameter(name)
                : null;
    }
}
