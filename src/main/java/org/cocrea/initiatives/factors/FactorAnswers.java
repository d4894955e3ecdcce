package org.cocrea.initiatives.factors;

import java.util.HashSet;
import org.cocrea.accounts.Accounts;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' answers to the citizens' factor questionnaire and the averages shown of them (finding 6).
 *
 * <p>Averages are never computed for the page: the page shows a published snapshot (count and averages at
 * publication), and a new snapshot replaces it only when at least {@link Factors#MIN_GROUP} people whose address
 * is confirmed have answered, changed or withdrawn their answers since the last one. The reason is differencing:
 * if the averages followed every answer, anyone who saw them before and after one answer (or who added four
 * throw-away answers of all 1s to one real one) could work that answer out, however large the group. With the
 * rule, the difference between two publications mixes the contributions of at least five people.
 *
 * <p>An edit is such a change too: republishing after one person's edit would reveal how far their answer moved
 * (and, to someone who knew it before, the new answer). So an edit, a new answer and a withdrawal each mark the
 * person as changed, once however often they change, and only five marked people make a new publication. Counting
 * only new answers (the snapshot's count plus five) would never republish a group whose members revise their
 * views, and counting edits one by one would publish after a single person's five edits. A group that falls below
 * five after five changes is published as withheld, so old averages do not outlive most of their answers.
 *
 * <p>Only confirmed people count, both toward the five and in the averages (answers stored before confirmation
 * was required included); answering itself is refused to others by {@link Initiatives#counts}.
 */
@Service
public class FactorAnswers {
    private final FactorRepository factors;
    private final Accounts accounts;

    FactorAnswers(FactorRepository factors, Accounts accounts) {
        this.factors = factors;
        this.accounts = accounts;
    }

    @Transactional
    void answer(SignedInPerson me, long initiativeId, Factors.Answers answers) {
        factors.lock(initiativeId);
        factors.saveCitizen(initiativeId, me.personId(), answers);
        publishIfDue(initiativeId);
    }

    @Transactional
    void withdraw(SignedInPerson me, long initiativeId) {
        factors.lock(initiativeId);
        factors.deleteCitizen(initiativeId, me.personId());
        publishIfDue(initiativeId);
    }

    /** The averages as last published; withheld (no averages) before the first publication. */
    Factors.Aggregate published(long initiativeId) {
        return factors.published(initiativeId).orElse(new Factors.Aggregate(0, java.util.List.of()));
    }

    /** Publishes a new snapshot when five confirmed people changed since the last (or, first, five answered). */
    private void publishIfDue(long initiativeId) {
        var respondents = factors.respondents(initiativeId);
        var changed = factors.changedSincePublication(initiativeId);
        var everyone = new HashSet<Long>(respondents);
        everyone.addAll(changed);
        var confirmed = accounts.confirmed(everyone);
        var counted = respondents.stream().filter(confirmed::contains).toList();
        long changes = changed.stream().filter(confirmed::contains).count();
        boolean due = factors.published(initiativeId).isPresent()
                ? changes >= Factors.MIN_GROUP
                : counted.size() >= Factors.MIN_GROUP;
        if (due) {
            factors.publish(initiativeId, factors.aggregate(initiativeId, counted));
        }
    }
}
