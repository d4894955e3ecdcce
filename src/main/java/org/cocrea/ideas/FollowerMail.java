package org.cocrea.ideas;

import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Mailer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Tells a proposal's followers, each in their own language, that it received an official answer. */
@Component
class FollowerMail {
    private final TalkRepository talk;
    private final Accounts accounts;
    private final Mailer mailer;
    private final MessageSource messages;
    private final CocreaSettings settings;

    FollowerMail(
            TalkRepository talk, Accounts accounts, Mailer mailer, MessageSource messages, CocreaSettings settings) {
        this.talk = talk;
        this.accounts = accounts;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
    }

    void answered(Place place, Idea idea, IdeaStatus status, String answer) {
        var followers = talk.followers(idea.id());
        String link = settings.link("/ideas/" + place.id() + "/" + idea.id());
        for (Person person : accounts.people(followers).values()) {
            if (person.deleted() || person.id() == place.me().personId()) {
                continue;
            }
            var locale = person.language().locale();
            String label = messages.getMessage("ideas.status." + status.code(), null, locale);
            String subject = messages.getMessage("ideas.mail.subject", new Object[] {idea.title(), label}, locale);
            String body = messages.getMessage(
                    "ideas.mail.body",
                    new Object[] {idea.title(), label, answer.isEmpty() ? "-" : answer, link},
                    locale);
            mailer.send(person.email(), subject, body);
        }
    }
}
