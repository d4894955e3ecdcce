package org.cocrea.ledger;

/** (Public for the templates.) The initiative page's link to the initiative's ledger. */
public record LedgerLink(long initiativeId) {}
