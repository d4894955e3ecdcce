package org.cocrea.initiatives.timeline;

import java.util.Objects;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.initiatives.core.InitiativeService;
import org.cocrea.initiatives.core.MembershipRepository;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells followers when an open initiative's active phase changes. Mails name the initiative only when it is
 * public: for group and individual initiatives they carry a link and nothing private.
 */
@Component
public class PhaseAnnouncer {
    private final InitiativeRepository initiatives;
    private final MembershipRepository members;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final CocreaSettings settings;

    PhaseAnnouncer(
            InitiativeRepository initiatives,
            MembershipRepository members,
            Accounts accounts,
            Mailer mailer,
            MessageSource messages,
            CocreaSettings settings) {
        this.initiatives = initiatives;
        this.members = members;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
    }

    /** Returns whether the followers were told of a change. */
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
        for (Person follower : accounts.people(members.followers(id)).values()) {
            if (!follower.deleted()) {
                mail(follower, i, active);
            }
        }
        return true;
    }

    private void mail(Person to, Initiative i, Phase phase) {
        var locale = to.language().locale();
        String phaseName = messages.getMessage("phase." + phase.code(), null, locale);
        String link = settings.link("/initiatives/" + i.id());
        String subject;
        String body;
        if (i.isPublic()) {
            subject = messages.getMessage("mail.phase.subject", new Object[] {i.title()}, locale);
            body = messages.getMessage("mail.phase.body", new Object[] {i.title(), phaseName, link}, locale);
        } else {
            subject = messages.getMessage("mail.phase.private.subject", null, locale);
            body = messages.getMessage("mail.phase.private.body", new Object[] {link}, locale);
        }
        mailer.send(to.email(), subject, body);
    }
}
