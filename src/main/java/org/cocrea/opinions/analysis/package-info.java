/**
 * The opinion analysis (issue 16, ADR 0016), pure Java without Spring: Polis export reading and writing, the polis
 * and cocrea methods, planted-group generation, and the {@code opinions} subcommand. Exposed as the named interface
 * {@code opinions :: analysis} so that the entry point ({@code org.cocrea.Cocrea}) may run the subcommand.
 */
@org.springframework.modulith.NamedInterface("analysis")
package org.cocrea.opinions.analysis;
