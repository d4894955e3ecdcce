package org.cocrea.platform;

/**
 * Who may see a stored image, asked of the module that owns what it belongs to (implemented by initiatives: an
 * image belongs to an initiative, directly or through a proposal or a budget project in one of its tools). The
 * platform stores the owner's id and asks here on every request, so a change of visibility applies at once.
 */
public interface ImageOwners {
    /** How far an image of {@code ownerId} may go. */
    enum Reach {
        /** Not for this person (or the owner is gone): the image answers 404. */
        NOBODY,
        /** For this person, but not public: no cache keeps it. */
        READERS,
        /** Public: caches may keep it. */
        EVERYONE
    }

    Reach reach(long ownerId, SignedInPerson person);
}
