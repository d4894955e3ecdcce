/** The actions tool: who does what by when, and the diary of what was done (its time and resources published to the contribution ledger as ledger.ContributionRecorded, by DiaryContributions). */
package org.cocrea.plans.actions;
