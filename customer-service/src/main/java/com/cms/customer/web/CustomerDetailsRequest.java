package com.cms.customer.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The personal details a user types about a customer. */
public record CustomerDetailsRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = TEXT, message = "must not contain control characters") String name,
        @NotBlank @Email @Size(max = 320) @Pattern(regexp = TEXT, message = "must not contain control characters") String email,
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()./-]{3,40}", message = "must be a phone number") String phone) {

    /** Free text without control characters: PostgreSQL refuses NUL, and no user means to type the others. */
    static final String TEXT = "[^\\p{Cntrl}]*";
}
