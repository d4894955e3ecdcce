package org.cocrea.comments;

import java.util.Optional;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A conversation on the initiative pages of the two co-design stories of the demo ("Percorsi ciclabili del
 * quartiere", "Scuola inclusiva"): a comment, a reply with a mention, and another comment; only while the page has
 * none.
 */
@Component
class CommentsDemoData implements DemoSeed {
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final CommentRepository comments;
    private final CommentService service;

    CommentsDemoData(Initiatives initiatives, Accounts accounts, CommentRepository comments, CommentService service) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.comments = comments;
        this.service = service;
    }

    @Override
    @Transactional
    public void seed() {
        talk(
                "Percorsi ciclabili del quartiere",
                "parks.officer@example.org",
                "volunteer@example.org",
                "Nel tratto di via Mazzini la sera manca la luce: teniamone conto nel percorso.",
                "citizen@example.org",
                "Vero, @%s: e lì passano molti ragazzi che vanno al liceo.",
                "Venerdì facciamo un sopralluogo alle 18: chi viene?");
        talk(
                "Scuola inclusiva",
                "teacher@example.org",
                "parent@example.org",
                "Per mio figlio le attività all’aperto sono le più serene.",
                "teacher@example.org",
                "Grazie @%s, ne teniamo conto nel piano delle attività.",
                "Il prossimo incontro con le famiglie è giovedì.");
    }

    private void talk(
            String title,
            String facilitator,
            String first,
            String firstText,
            String second,
            String replyText,
            String last) {
        var officer = accounts.personByEmail(facilitator).orElse(null);
        var a = accounts.personByEmail(first).orElse(null);
        var b = accounts.personByEmail(second).orElse(null);
        if (officer == null || a == null || b == null) {
            return;
        }
        find(title, officer).ifPresent(initiative -> {
            var page = CommentTarget.initiative(initiative);
            if (!comments.thread(page, null).isEmpty()) {
                return;
            }
            var now = service.now().minusDays(2);
            long top = comments.add(page, null, a.id(), firstText, now);
            comments.add(page, top, b.id(), replyText.formatted(a.name()), now.plusHours(3));
            // Written as the demo starts, so its author may still change it for a while (the edit form is offered).
            comments.add(page, null, officer.id(), last, service.now());
        });
    }

    private Optional<Initiative> find(String title, Person facilitator) {
        var person = facilitator.asSignedIn();
        return initiatives.toolInstances("updates").stream()
                .flatMap(i -> initiatives.visible(i.initiativeId(), person).stream())
                .filter(i -> i.title().equals(title))
                .findFirst();
    }
}
