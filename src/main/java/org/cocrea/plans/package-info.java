/**
 * The individual plan tool: a versioned plan document agreed by signatures, goal attainment scaling and an
 * audit log of every access. Plan content is visible only to members of the individual initiative (the
 * citizen, proxies while the citizen consents and the care team); everyone else gets "not found". The citizen of
 * a plan is fixed once named; changes of the care team are logged and mailed to the citizen; only an
 * administrator reassigns a plan, with a stated reason.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Individual plan tool")
package org.cocrea.plans;
