/** The needs tool: needs by life domain, each side's ranking and the agreed order. */
package org.cocrea.plans.needs;
