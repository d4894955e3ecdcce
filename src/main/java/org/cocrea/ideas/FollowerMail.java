package org.cocrea.ideas;

import org.cocrea.platform.Notification;
import org.cocrea.platform.Notification.Arg;
import org.cocrea.platform.NotificationKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells a proposal's followers, each in their own language, that it received an official answer. */
@Component
class FollowerMail {
    private final TalkRepository talk;
    private final ApplicationEventPublisher events;

    FollowerMail(TalkRepository talk, ApplicationEventPublisher events) {
        this.talk = talk;
        this.events = events;
    }

    void answered(Place place, Idea idea, IdeaStatus status, String answer) {
        // The one who answered is not told of their own answer.
        var followers = talk.followers(idea.id()).stream()
                .filter(id -> id != place.me().personId())
                .toList();
        String path = "/ideas/" + place.id() + "/" + idea.id();
        Arg label = Arg.message("ideas.status." + status.code());
        events.publishEvent(Notification.to(
                        followers, NotificationKind.IDEA_ANSWER, "ideas.mail.subject", "ideas.mail.body", path)
                .subjectArgs(Arg.text(idea.title()), label)
                .bodyArgs(Arg.text(idea.title()), label, Arg.text(answer.isEmpty() ? "-" : answer), Arg.link(path)));
    }
}
