package org.cocrea.accounts;

/** A rule of the accounts module was broken; {@code field} names the form field, {@code key} the message. */
class AccountProblem extends RuntimeException {
    private final String field;
    private final String key;

    AccountProblem(String field, String key) {
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
