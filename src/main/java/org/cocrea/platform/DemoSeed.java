package org.cocrea.platform;

import java.util.Set;

/**
 * A module's demo data, created on the first start of a demo installation ({@link DemoMode}). The platform runs
 * every seed once at start-up, on the node that claimed the demo, in the order of the application's module
 * dependency graph: a module's seeds run after the seeds of every module it depends on, so no seed carries an
 * order number. A seed creates its data only while its part of the database is empty, so a restart adds nothing.
 */
public interface DemoSeed {
    /** Creates this seed's data, in one transaction (implementations are {@code @Transactional}). */
    void seed();

    /**
     * The seeds of the same module this one needs first (those of the modules it depends on always come first);
     * none by default.
     */
    default Set<Class<? extends DemoSeed>> after() {
        return Set.of();
    }
}
