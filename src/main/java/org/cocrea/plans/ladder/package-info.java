/** The ladder tool: areas read on a scale by each side over time, and their charts. */
package org.cocrea.plans.ladder;
