package org.cocrea.rating;

/**
 * (Public because the precompiled templates read it, the initiative page's among them.) The three faces as one
 * person sees them: the instance they rate, whether they are signed in, their face of today (null before they
 * tap) and its reason. The reason is asked only after a negative face.
 */
public record RatingSection(long instance, boolean signedIn, Face mine, String reason) {
    public boolean reasonAsked() {
        return mine == Face.NEGATIVE && reason == null;
    }

    public String domId() {
        return "rating-" + instance;
    }
}
