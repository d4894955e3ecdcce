package org.cocrea.platform;

import java.util.List;
import java.util.UUID;

/**
 * A mail to an address rather than to a person's notifications: address confirmation, password reset, the notice
 * of a registration attempt, an invitation. It is not optional and not kept in the app (it may carry a single-use
 * link); like a {@link Notification}, it is published inside the transaction and mailed after the commit, once.
 */
public record AddressedMail(
        UUID id,
        String address,
        Language language,
        String subject,
        List<Notification.Arg> subjectArgs,
        String body,
        List<Notification.Arg> bodyArgs) {

    public AddressedMail {
        subjectArgs = List.copyOf(subjectArgs);
        bodyArgs = List.copyOf(bodyArgs);
    }

    public static AddressedMail to(String address, Language language, String subject, String body) {
        return new AddressedMail(UUID.randomUUID(), address, language, subject, List.of(), body, List.of());
    }

    public AddressedMail subjectArgs(Notification.Arg... args) {
        return new AddressedMail(id, address, language, subject, List.of(args), body, bodyArgs);
    }

    public AddressedMail bodyArgs(Notification.Arg... args) {
        return new AddressedMail(id, address, language, subject, subjectArgs, body, List.of(args));
    }
}
