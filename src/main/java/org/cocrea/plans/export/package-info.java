/** The citizen's copy of their plan data (JSON, PDF) and the FHIR export for another service. */
package org.cocrea.plans.export;
