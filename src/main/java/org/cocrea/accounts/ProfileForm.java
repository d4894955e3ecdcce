package org.cocrea.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ProfileForm(
        @NotBlank(message = "register.name.required") @Size(max = 120, message = "register.name.tooLong")
        String name,

        String language) {}
