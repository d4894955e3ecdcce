package org.cocrea.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A single name: a new organisation or department. */
public record NameForm(
        @NotBlank(message = "admin.name.required") @Size(max = 200, message = "admin.name.tooLong")
        String name) {}
