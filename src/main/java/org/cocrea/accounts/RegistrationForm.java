package org.cocrea.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The registration form, kept as typed when it comes back with errors. */
public record RegistrationForm(
        @NotBlank(message = "register.name.required") @Size(max = 120, message = "register.name.tooLong")
        String name,

        @NotBlank(message = "register.email.required")
        @Size(max = 254, message = "register.email.tooLong")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "register.email.invalid")
        String email,

        String password,
        String language,
        Boolean acceptTerms) {

    public RegistrationForm {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
    }

    public static RegistrationForm empty(String language) {
        return new RegistrationForm("", "", "", language, false);
    }

    /** The form as shown again after an error: a password is never sent back to the browser. */
    public RegistrationForm withoutPassword() {
        return new RegistrationForm(name, email, "", language, acceptTerms);
    }

    public boolean termsAccepted() {
        return Boolean.TRUE.equals(acceptTerms);
    }
}
