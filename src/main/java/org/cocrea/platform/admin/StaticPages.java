package org.cocrea.platform.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.cocrea.platform.Language;
import org.cocrea.platform.Markdown;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The static pages: the text an administrator saved for the language, else the default one made of messages; saving
 * checks the text and keeps a revision. The Markdown is sanitised by {@link Markdown} every time it is shown, so a
 * text stored before a sanitiser change is shown under the new rules.
 */
@Service
class StaticPages {
    private final StaticPageRepository pages;
    private final MessageSource messages;

    StaticPages(StaticPageRepository pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    PageView view(StaticPage page, Language language, java.time.ZoneId zone) {
        var stored = pages.find(page, language);
        return new PageView(
                page,
                Markdown.toSafeHtml(
                        stored.map(StaticPageRepository.Stored::body).orElseGet(() -> defaultText(page, language))),
                stored.map(s -> s.updatedAt().atZoneSameInstant(zone).toLocalDate())
                        .orElse(null));
    }

    PageEdit edit(StaticPage page, Language language, String typed) {
        var stored = pages.find(page, language);
        String current = stored.map(StaticPageRepository.Stored::body).orElseGet(() -> defaultText(page, language));
        var changes = pages.revisions(page, language, 20).stream()
                .map(r -> new PageEdit.Change(r.changedBy(), r.changedAt().toInstant(), r.body()))
                .toList();
        return new PageEdit(
                page,
                language,
                typed == null ? current : typed,
                Markdown.toSafeHtml(current),
                stored.isEmpty(),
                changes);
    }

    PagesOverview overview() {
        var updated = pages.updated();
        var entries = new ArrayList<PagesOverview.Entry>();
        for (StaticPage page : StaticPage.values()) {
            for (Language language : Language.values()) {
                entries.add(new PagesOverview.Entry(
                        page,
                        language,
                        java.util.Optional.ofNullable(updated.get(page.code() + "/" + language.code()))
                                .map(java.time.OffsetDateTime::toInstant)
                                .orElse(null)));
            }
        }
        return new PagesOverview(entries);
    }

    /** Saves the page's text; refuses an empty or overlong one, and one saved by someone else at the same moment. */
    @Transactional
    boolean save(StaticPage page, Language language, String body, SignedInPerson admin) {
        String text = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (text.isEmpty()) {
            throw new Refused("body", "admin.pages.body.empty");
        }
        if (text.length() > StaticPage.MAX_LENGTH) {
            throw new Refused("body", "admin.pages.body.long", StaticPage.MAX_LENGTH);
        }
        try {
            return pages.save(page, language, text, admin.personId(), admin.displayName());
        } catch (DuplicateKeyException e) {
            // Two administrators saved the first text of this page at once; the other one's is kept.
            throw new Refused("body", "admin.pages.body.conflict");
        }
    }

    /** The default text: the page's message paragraphs in the language, one Markdown block each. */
    String defaultText(StaticPage page, Language language) {
        return page.defaultKeys().stream()
                .map(key -> messages.getMessage(key, null, language.locale()))
                .collect(Collectors.joining("\n\n"));
    }

    static List<Language> languages() {
        return List.of(Language.values());
    }
}
