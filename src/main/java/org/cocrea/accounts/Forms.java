package org.cocrea.accounts;

import java.nio.charset.StandardCharsets;
import org.cocrea.platform.FormErrors;
import org.springframework.validation.Errors;

/** Rules shared by the account forms. */
final class Forms {
    static final int PASSWORD_MIN = 10;
    static final int PASSWORD_MAX = 64;
    /** bcrypt reads at most 72 bytes; longer passwords would be silently truncated. */
    static final int PASSWORD_MAX_BYTES = 72;

    private Forms() {}

    static void checkPassword(String password, Errors errors, String field) {
        if (password == null || password.length() < PASSWORD_MIN || password.length() > PASSWORD_MAX) {
            reject(errors, field, "password.length");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            reject(errors, field, "password.bytes");
        } else if (password.isBlank()) {
            reject(errors, field, "password.length");
        }
    }

    static void reject(Errors errors, String field, String key) {
        if (!errors.hasFieldErrors(field)) {
            FormErrors.reject(errors, field, key);
        }
    }
}
