/**
 * The individual plan tool: a versioned plan document agreed by signatures, goal attainment scaling and an
 * audit log of every access. Plan content is visible only to members of the individual initiative (the
 * citizen, proxies and the care team); everyone else gets "not found".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Individual plan tool")
package org.cocrea.plans;
