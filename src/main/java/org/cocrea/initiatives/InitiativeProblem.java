package org.cocrea.initiatives;

/** A refused change, tied to a form field and a message key, so pages can show it beside the field. */
class InitiativeProblem extends RuntimeException {
    private final String field;
    private final String key;

    InitiativeProblem(String field, String key) {
        super(key);
        this.field = field;
        this.key = key;
    }

    String field() {
        return field;
    }

    String key() {
        return key;
    }
}
