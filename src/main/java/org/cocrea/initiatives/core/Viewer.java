package org.cocrea.initiatives.core;

import org.cocrea.initiatives.Initiatives;

/**
 * Who is asking: nobody (anonymous) or a person, with the individual initiatives in which they are a proxy whose
 * citizen consents to them acting ({@code actingFor}: a proxy without that consent sees nothing of the initiative,
 * lists included). Used to build visibility conditions; being an admin gives no extra sight of group or individual
 * initiatives, so it is not part of this. Made by {@link Initiatives#viewer}.
 */
public record Viewer(Long personId, java.util.Set<Long> actingFor) {
    /** A person (or nobody) who acts for no citizen. */
    public Viewer(Long personId) {
        this(personId, java.util.Set.of());
    }
}
