package org.cocrea.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form that creates an account at a first sign-in with an OpenID Connect provider (ADR 0029). */
public record OidcForm(
        @NotBlank(message = "register.name.required") @Size(max = 120, message = "register.name.tooLong")
        String name,

        @NotBlank(message = "register.email.required")
        @Size(max = 254, message = "register.email.tooLong")
        @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "register.email.invalid")
        String email,

        Boolean acceptTerms) {

    public OidcForm {
        name = name == null ? "" : name.strip();
        email = email == null ? "" : email.strip();
    }

    public boolean termsAccepted() {
        return Boolean.TRUE.equals(acceptTerms);
    }
}
