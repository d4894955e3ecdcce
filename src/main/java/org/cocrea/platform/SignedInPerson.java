package org.cocrea.platform;

/** What the platform knows of the person behind a request; implemented by the accounts module's principal. */
public interface SignedInPerson {
    long personId();

    String displayName();

    boolean isAdmin();

    boolean isProfessional();
}
