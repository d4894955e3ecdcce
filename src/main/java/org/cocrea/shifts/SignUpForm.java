package org.cocrea.shifts;

/** A sign-up as typed: an optional phone number; for a minor, their name and the guardian's consent ("yes"). */
public record SignUpForm(String phone, String minorName, String consent) {
    public static SignUpForm empty() {
        return new SignUpForm("", "", "");
    }
}
