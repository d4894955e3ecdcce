package org.cocrea.opinions;

import java.util.Optional;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** What people change in a conversation: statements, votes, moderation and settings. Nothing waits for the map. */
@Service
class OpinionsService {
    static final String DUPLICATE = "opinions.statement.duplicate";

    private final Initiatives initiatives;
    private final OpinionRepository repository;

    OpinionsService(Initiatives initiatives, OpinionRepository repository) {
        this.initiatives = initiatives;
        this.repository = repository;
    }

    static void require(ToolAccess access, String action) {
        if (!access.may(action)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /**
     * A new statement: a facilitator's is seeded and published at once; a participant's is published at once or
     * waits for a facilitator, as the conversation's moderation says. Refused when empty, longer than 280
     * characters, holding control characters, or the same words as a statement already there (after
     * normalising), whose id the refusal carries.
     */
    @Transactional
    long submit(ToolAccess access, String text) {
        require(access, OpinionsTool.SUBMIT);
        String raw = text == null ? "" : text;
        if (Texts.hasControl(raw)) {
            throw new Refused("body", "opinions.statement.control");
        }
        String body = Texts.cleaned(raw);
        if (body.isEmpty()) {
            throw new Refused("body", "opinions.statement.empty");
        }
        if (body.length() > Texts.MAX) {
            throw new Refused("body", "opinions.statement.long", Texts.MAX, body.length());
        }
        String normalised = Texts.normalised(body);
        if (normalised.isEmpty()) {
            throw new Refused("body", "opinions.statement.empty");
        }
        initiatives.requireCounts(access.person(), "body");
        long instance = access.id();
        repository.lock(instance); // one statement at a time per conversation, so two equal ones cannot both pass
        Optional<Long> duplicate = repository.duplicate(instance, normalised);
        if (duplicate.isPresent()) {
            throw new Refused("body", DUPLICATE, duplicate.get());
        }
        boolean moderator = access.may(OpinionsTool.MODERATE);
        String status = moderator
                        || repository
                                .conversationOrDefaults(instance)
                                .moderation()
                                .equals("after")
                ? "published"
                : "pending";
        long id = repository.addStatement(
                instance,
                access.person().personId(),
                moderator,
                body,
                normalised,
                status,
                null,
                OpinionRepository.now());
        if (status.equals("published")) {
            repository.markStale(instance);
        }
        initiatives.touch(access.instance().initiativeId());
        return id;
    }

    /** Agree, disagree or pass on a published statement; a second vote changes the first. */
    @Transactional
    void vote(ToolAccess access, long statement, String choice) {
        require(access, OpinionsTool.VOTE);
        int value = switch (choice == null ? "" : choice) {
            case "agree" -> 1;
            case "disagree" -> -1;
            case "pass" -> 0;
            default -> throw new Refused("choice", "opinions.vote.choice");
        };
        long instance = access.id();
        var found = repository.statement(instance, statement).filter(Statement::published);
        if (found.isEmpty()) {
            throw new NotFound();
        }
        initiatives.requireCounts(access.person(), "choice");
        long participant = repository.participantFor(instance, access.person().personId());
        repository.vote(instance, statement, participant, value);
        repository.markStale(instance);
    }

    /** A facilitator publishes a pending statement or rejects one (its votes no longer count). */
    @Transactional
    void moderate(ToolAccess access, long statement, String action) {
        require(access, OpinionsTool.MODERATE);
        long instance = access.id();
        var found = repository.statement(instance, statement).orElseThrow(NotFound::new);
        int changed = switch (action == null ? "" : action) {
            case "publish" -> repository.setStatus(instance, statement, found.status(), "published");
            case "reject" -> repository.setStatus(instance, statement, found.status(), "rejected");
            default -> throw new Refused("action", "opinions.moderate.action");
        };
        if (changed == 1) {
            repository.markStale(instance);
        }
    }

    @Transactional
    void saveSettings(ToolAccess access, String moderation, String method) {
        require(access, OpinionsTool.MODERATE);
        var problems = new java.util.ArrayList<Refused.Problem>();
        if (!"before".equals(moderation) && !"after".equals(moderation)) {
            problems.add(new Refused.Problem("moderation", "opinions.settings.moderation.invalid"));
        }
        if (!"cocrea".equals(method) && !"polis".equals(method)) {
            problems.add(new Refused.Problem("method", "opinions.settings.method.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        repository.saveSettings(access.id(), moderation, method);
    }
}
