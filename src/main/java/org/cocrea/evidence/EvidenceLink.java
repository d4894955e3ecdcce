package org.cocrea.evidence;

/** (Public for the templates.) The initiative page's link to the initiative's evidence page. */
public record EvidenceLink(long initiativeId) {}
