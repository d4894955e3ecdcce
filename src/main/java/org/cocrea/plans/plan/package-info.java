/**
 * The plan document: versions, signatures, goals scored by goal attainment scaling, its history and its demo data.
 */
package org.cocrea.plans.plan;
