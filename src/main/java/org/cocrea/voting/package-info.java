/**
 * The voting engine, pure Java without Spring (ADR 0004): elections and ballots, the Pabulib parser (the named
 * interface {@code voting :: pabulib}), greedy rules, the Method of Equal Shares, sequential Phragmén, Borda and
 * instant-runoff tallies, and the {@code pb} and {@code pb-check} subcommands. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Voting engine",
        allowedDependencies = {})
package org.cocrea.voting;
