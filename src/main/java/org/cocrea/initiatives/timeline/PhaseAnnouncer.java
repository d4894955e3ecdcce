package org.cocrea.initiatives.timeline;

import java.util.Objects;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.PhaseChanged;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.initiatives.core.InitiativeService;
import org.cocrea.initiatives.core.MembershipRepository;
import org.cocrea.platform.Notification;
import org.cocrea.platform.Notification.Arg;
import org.cocrea.platform.NotificationKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells followers when an open initiative's active phase changes, and publishes {@link PhaseChanged} in the same
 * transaction (for webhooks). Mails name the initiative only when it is
 * public: for group and individual initiatives they carry a link and nothing private.
 */
@Component
public class PhaseAnnouncer {
    private final InitiativeRepository initiatives;
    private final MembershipRepository members;
    private final ApplicationEventPublisher events;

    PhaseAnnouncer(InitiativeRepository initiatives, MembershipRepository members, ApplicationEventPublisher events) {
        this.initiatives = initiatives;
        this.members = members;
        this.events = events;
    }

    /** Returns whether the followers were told of a change (the mark and the notification commit together). */
    @Transactional
    public boolean announceIfChanged(long id) {
        Initiative i = initiatives.find(id).orElse(null);
        if (i == null || i.status() != Status.OPEN) {
            return false;
        }
        Phase active = i.activePhase(InitiativeService.today()).orElse(null);
        Phase announced = initiatives.announcedPhase(id).orElse(null);
        if (active == null || Objects.equals(active, announced)) {
            return false;
        }
        if (!initiatives.markAnnounced(id, announced, active)) {
            return false; // another node's clock, or a facilitator's change, announced it first
        }
        events.publishEvent(notification(members.followers(id), i, active));
        events.publishEvent(
                new PhaseChanged(id, announced, active, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)));
        return true;
    }

    private static Notification notification(java.util.List<Long> followers, Initiative i, Phase phase) {
        String path = "/initiatives/" + i.id();
        if (i.isPublic()) {
            return Notification.to(followers, NotificationKind.PHASE, "mail.phase.subject", "mail.phase.body", path)
                    .subjectArgs(Arg.text(i.title()))
                    .bodyArgs(Arg.text(i.title()), Arg.message("phase." + phase.code()), Arg.link(path));
        }
        return Notification.to(
                        followers,
                        NotificationKind.PHASE,
                        "mail.phase.private.subject",
                        "mail.phase.private.body",
                        path)
                .bodyArgs(Arg.link(path));
    }
}
