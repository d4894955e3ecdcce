/** The review tool: periodic reviews of the plan, each against the version it reviews. */
package org.cocrea.plans.review;
