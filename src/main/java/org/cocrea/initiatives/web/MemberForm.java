package org.cocrea.initiatives.web;

/** Adding (or inviting) a person by the email address of their account. */
public record MemberForm(String email, String role) {
    public static MemberForm empty() {
        return new MemberForm("", "member");
    }
}
