package org.cocrea.demodata;

/**
 * One step of the generator: one module's data, made only through that module's public bulk service. The
 * generator runs the steps in the order of {@link Generator#STEPS}; a step cuts its work into batches with
 * {@link Batches}, so a rerun resumes it.
 */
interface Step {
    /**
     * The step's name: its key in {@code demo_data_progress}, a part of every batch's random seed, and a value of
     * {@code --stop-after}. Renaming it changes what a seed generates.
     */
    String name();

    void run(Run run);
}
