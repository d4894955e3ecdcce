package org.cocrea.platform;

/**
 * A refused change, tied to a form field (or {@code null} for the whole form) and a message key, so
 * that the page can show the message beside the field and keep what was typed.
 */
public class FieldProblem extends RuntimeException {
    /**
     * The message key of a participation refused because the person has not confirmed their e-mail address
     * (decided by {@code Initiatives#counts}); a page showing it offers to resend the confirmation mail.
     */
    public static final String UNCONFIRMED = "participation.unconfirmed";

    private final String field;
    private final String key;

    public FieldProblem(String field, String key) {
        super(key);
        this.field = field;
        this.key = key;
    }

    public String field() {
        return field;
    }

    public String key() {
        return key;
    }
}
