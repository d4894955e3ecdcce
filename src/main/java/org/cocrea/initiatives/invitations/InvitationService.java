package org.cocrea.initiatives.invitations;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.core.Access;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.initiatives.core.MembershipRepository;
import org.cocrea.platform.AddressedMail;
import org.cocrea.platform.Language;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Notification.Arg;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Joining group initiatives by invitation: by mail to any address, or by a shareable link. Facilitators of
 * a group initiative manage both; individual initiatives never take them (404, as for anything hidden), and
 * collective ones need none (everyone may join them), which the pages say.
 *
 * <p>An invitation by mail may be accepted by whoever holds its link, signed in with any account: the token
 * is the secret, as in the join link. Tying it to the address would fail people who register with another
 * address than the one the facilitator knew, and would add nothing against someone who can read the mail.
 * It stays single use, so a forwarded link admits one person.
 */
@Service
public class InvitationService {
    static final Duration MAIL_VALIDITY = Duration.ofDays(14);
    static final Duration LINK_VALIDITY = Duration.ofDays(30);
    static final int EMAIL_MAX = 254;
    /** The address syntax browsers check for {@code type="email"} (WHATWG), with a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

    private final InitiativeRepository initiatives;
    private final MembershipRepository members;
    private final InvitationRepository invitations;
    private final Initiatives api;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    InvitationService(
            InitiativeRepository initiatives,
            MembershipRepository members,
            InvitationRepository invitations,
            Initiatives api,
            Accounts accounts,
            ApplicationEventPublisher events) {
        this.initiatives = initiatives;
        this.members = members;
        this.invitations = invitations;
        this.api = api;
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * The initiative whose invitations {@code me} may manage: hidden ones and individual ones are "not found",
     * people who see it without facilitating get 403.
     */
    Initiative manageable(SignedInPerson me, long id) {
        Initiative i = initiatives
                .find(id)
                .filter(x -> api.maySee(x, me))
                .filter(x -> x.level() != Level.INDIVIDUAL)
                .orElseThrow(NotFound::new);
        if (!Access.mayManage(api.role(id, me))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return i;
    }

    /** Collective initiatives are open to everyone and archived ones to nobody: refused with a message. */
    private static void requireInvitable(Initiative i, String field) {
        if (i.level() != Level.GROUP) {
            throw new Refused(field, "invitation.collective");
        }
        if (i.status() == Status.ARCHIVED) {
            throw new Refused(field, "invitation.archived");
        }
    }

    InvitationsPage overview(SignedInPerson me, long id) {
        Initiative i = manageable(me, id);
        if (i.level() != Level.GROUP) {
            return new InvitationsPage(i, true, List.of(), null, null, false);
        }
        var now = InitiativeRepository.now();
        var pending = invitations.pending(id);
        var inviters = accounts.people(pending.stream()
                .map(InvitationRepository.MailInvitation::invitedBy)
                .distinct()
                .toList());
        var link = invitations.link(id).orElse(null);
        return new InvitationsPage(
                i,
                false,
                pending.stream()
                        .map(p -> new InvitationsPage.Pending(
                                p.id(),
                                p.email(),
                                Optional.ofNullable(inviters.get(p.invitedBy()))
                                        .filter(x -> !x.deleted())
                                        .map(Person::name)
                                        .orElse("—"),
                                p.expiresAt(),
                                p.expired(now)))
                        .toList(),
                link == null ? null : link.createdAt(),
                link == null ? null : link.expiresAt(),
                link != null && link.expired(now));
    }

    /**
     * Invites an address (with or without an account) and mails it the link: in the account's language when
     * there is one, otherwise in the language of the facilitator's page. Inviting the same address again
     * sends a fresh link and voids the earlier one.
     */
    @Transactional
    public void invite(SignedInPerson me, long id, String rawEmail, Locale pageLocale) {
        Initiative i = manageable(me, id);
        requireInvitable(i, "email");
        String email = rawEmail == null ? "" : rawEmail.strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty()) {
            throw new Refused("email", "invitation.email.required");
        }
        if (email.length() > EMAIL_MAX || !EMAIL.matcher(email).matches()) {
            throw new Refused("email", "invitation.email.invalid");
        }
        Person person = accounts.personByEmail(email).filter(p -> !p.deleted()).orElse(null);
        if (person != null && members.role(id, person.id()).isPresent()) {
            throw new Refused("email", "invitation.alreadyMember");
        }
        var now = InitiativeRepository.now();
        var expires = now.plus(MAIL_VALIDITY);
        String token;
        try {
            token = invitations.invite(id, email, person == null ? null : person.id(), me.personId(), now, expires);
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            throw new Refused("email", "invitation.raced");
        }
        if (person != null) {
            // The account sees the initiative and a "Join" button on its page while the invitation is pending.
            members.invite(id, person.id(), me.personId());
        }
        Language language = person == null ? Language.of(pageLocale) : person.language();
        String inviter = accounts.person(me.personId()).map(Person::name).orElse(me.displayName());
        String path = "/initiatives/" + id + "/invitations/" + token;
        // Group initiatives are not about one person: the mail may name the initiative. Mailed after the commit,
        // to the address (with or without an account): it carries the single-use link.
        events.publishEvent(AddressedMail.to(email, language, "mail.invitation.subject", "mail.invitation.body")
                .subjectArgs(Arg.text(i.title()))
                .bodyArgs(Arg.text(inviter), Arg.text(i.title()), Arg.link(path), Arg.dateTime(expires.toInstant())));
    }

    @Transactional
    void withdraw(SignedInPerson me, long id, long invitationId) {
        manageable(me, id);
        var invitation = invitations.find(id, invitationId).filter(InvitationRepository.MailInvitation::pending);
        if (invitation.isEmpty() || !invitations.withdraw(id, invitationId, InitiativeRepository.now())) {
            throw new NotFound();
        }
        Long person = invitation.get().personId();
        if (person != null && members.role(id, person).isEmpty()) {
            members.uninvite(id, person);
        }
    }

    /** Makes the join link, or a new one that voids the previous; the token is shown once and never stored. */
    @Transactional
    String makeLink(SignedInPerson me, long id) {
        Initiative i = manageable(me, id);
        requireInvitable(i, "link");
        var now = InitiativeRepository.now();
        try {
            return invitations.makeLink(id, me.personId(), now, now.plus(LINK_VALIDITY));
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            throw new Refused("link", "invitation.raced");
        }
    }

    @Transactional
    void switchOffLink(SignedInPerson me, long id) {
        Initiative i = manageable(me, id);
        requireInvitable(i, "link");
        invitations.switchOffLink(id);
    }

    /**
     * The offer behind an invitation by mail, or a {@link Refused} naming why the link admits nobody (the key ends
     * in {@code .unknown} for a token nobody issued). Reading it changes nothing.
     */
    InvitationOffer openInvitation(SignedInPerson me, long id, String token) {
        var invitation = validInvitation(id, token);
        Initiative i = joinable(id);
        return new InvitationOffer(i, members.role(id, me.personId()).isPresent(), invitation.expiresAt());
    }

    /** Joins with an invitation by mail, which is then used up; returns false for someone already in. */
    @Transactional
    boolean acceptInvitation(SignedInPerson me, long id, String token) {
        var invitation = validInvitation(id, token);
        joinable(id);
        if (members.role(id, me.personId()).isPresent()) {
            return false; // already in: nothing changes, and the facilitators may still withdraw the invitation
        }
        api.requireCounts(me, "join"); // before the invitation is used up: it stays valid until confirmed
        var now = InitiativeRepository.now();
        if (!invitations.use(invitation.id(), me.personId(), now)) {
            throw new Refused(null, "invitation.used"); // someone accepted it a moment earlier
        }
        members.put(id, me.personId(), MemberRole.MEMBER);
        Long invitee = invitation.personId();
        if (invitee != null
                && invitee != me.personId()
                && members.role(id, invitee).isEmpty()) {
            members.uninvite(id, invitee);
        }
        return true;
    }

    InvitationOffer openLink(SignedInPerson me, long id, String token) {
        var link = validLink(id, token);
        Initiative i = joinable(id);
        return new InvitationOffer(i, members.role(id, me.personId()).isPresent(), link.expiresAt());
    }

    /** Joins with the join link, which stays valid for others; returns false for someone already in. */
    @Transactional
    boolean acceptLink(SignedInPerson me, long id, String token) {
        validLink(id, token);
        joinable(id);
        if (members.role(id, me.personId()).isPresent()) {
            return false;
        }
        api.requireCounts(me, "join");
        members.put(id, me.personId(), MemberRole.MEMBER);
        invitations.useAllOf(id, me.personId(), InitiativeRepository.now());
        return true;
    }

    private InvitationRepository.MailInvitation validInvitation(long id, String token) {
        var invitation = invitations.byToken(id, token).orElseThrow(() -> new Refused(null, "invitation.unknown"));
        if (invitation.withdrawnAt() != null) {
            throw new Refused(null, "invitation.withdrawn");
        }
        if (invitation.usedAt() != null) {
            throw new Refused(null, "invitation.used");
        }
        if (invitation.expired(InitiativeRepository.now())) {
            throw new Refused(null, "invitation.expired");
        }
        return invitation;
    }

    private InvitationRepository.JoinLink validLink(long id, String token) {
        // A switched-off or regenerated link is indistinguishable from a wrong one: its hash is gone.
        var link = invitations.linkByToken(id, token).orElseThrow(() -> new Refused(null, "link.unknown"));
        if (link.expired(InitiativeRepository.now())) {
            throw new Refused(null, "link.expired");
        }
        return link;
    }

    /** The initiative a valid token opens: still a group initiative, and not archived. */
    private Initiative joinable(long id) {
        Initiative i = initiatives
                .find(id)
                .filter(x -> x.level() == Level.GROUP)
                .orElseThrow(() -> new Refused(null, "invitation.unknown"));
        if (i.status() == Status.ARCHIVED) {
            throw new Refused(null, "invitation.archived");
        }
        return i;
    }

    /** Within the deletion's transaction, so no address of a deleted person outlives the account. */
    @org.springframework.context.event.EventListener
    void on(org.cocrea.accounts.PersonDeleted event) {
        invitations.forget(event.personId());
    }
}
