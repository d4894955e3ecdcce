package org.cocrea.plans;

/** A proxy tried to reach a plan while the citizen's consent to them acting for the citizen is not active. */
class ConsentRequired extends RuntimeException {
    private final long instanceId;

    ConsentRequired(long instanceId) {
        super("the citizen has not consented to this proxy acting for them");
        this.instanceId = instanceId;
    }

    long instanceId() {
        return instanceId;
    }
}
