package org.cocrea.initiatives.invitations;

/** The email address a facilitator invites to a group initiative (any address, with an account or not). */
public record InvitationForm(String email) {
    public static InvitationForm empty() {
        return new InvitationForm("");
    }
}
