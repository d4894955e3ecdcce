/** The actions tool: who does what by when, and the diary of what was done (published as ContributionRecorded). */
package org.cocrea.plans.actions;
