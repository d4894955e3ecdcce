package org.cocrea.plans.privacy;

/**
 * A proxy tried to reach a plan while the citizen's consent to them acting for the citizen is not active; or,
 * as {@link ExportRefused}, an access reached for more than it was given. The page says why ({@link #message}).
 */
public class ConsentRequired extends RuntimeException {
    private final long instanceId;
    private final String message;

    public ConsentRequired(long instanceId) {
        this(instanceId, "planprivacy.consent.required", "the citizen has not consented to this proxy acting for them");
    }

    public ConsentRequired(long instanceId, String message, String why) {
        super(why);
        this.instanceId = instanceId;
        this.message = message;
    }

    long instanceId() {
        return instanceId;
    }

    /** The key of the message the refusal page shows (its title and hint are this key's ".title" and ".hint"). */
    String message() {
        return message;
    }
}
