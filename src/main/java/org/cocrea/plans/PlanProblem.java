package org.cocrea.plans;

/** A refused change with a message key; a null field means it concerns the whole form. */
class PlanProblem extends RuntimeException {
    private final String field;
    private final String key;

    PlanProblem(String field, String key) {
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
