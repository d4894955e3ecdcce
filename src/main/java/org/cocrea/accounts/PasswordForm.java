package org.cocrea.accounts;

/** Changing a password (with the current one) or setting a new one from a reset link (with the token). */
public record PasswordForm(String current, String password, String token) {
    public static PasswordForm empty(String token) {
        return new PasswordForm("", "", token);
    }
}
