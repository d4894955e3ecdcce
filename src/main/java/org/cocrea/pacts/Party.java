package org.cocrea.pacts;

/**
 * (Public because the precompiled templates read it.) A party of a pact: an active citizen, an association's
 * representative (with the association's name) or the office's responsible officer (with the office's name). The
 * names are those written when the party was set: they are part of the signed text.
 */
public record Party(long personId, String role, String personName, String bodyName) {
    public static final String CITIZEN = "citizen";
    public static final String ASSOCIATION = "association";
    public static final String OFFICE = "office";

    /** Citizens and associations report on the work; the office does not. */
    public boolean reports() {
        return !role.equals(OFFICE);
    }
}
