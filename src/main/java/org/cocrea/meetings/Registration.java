package org.cocrea.meetings;

import java.time.OffsetDateTime;

/** A person's registration: registered, or waitlisted at {@code position} (arrival order). */
public record Registration(
        long id,
        long meetingId,
        long personId,
        String personName,
        String status,
        long position,
        String answer,
        Boolean attended,
        OffsetDateTime registeredAt) {
    public static final String REGISTERED = "registered";
    public static final String WAITLISTED = "waitlisted";

    public boolean registered() {
        return REGISTERED.equals(status);
    }
}
