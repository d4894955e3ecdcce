package org.cocrea.ledger;

import java.util.List;

/** (Public for the templates.) An organisation's rates, oldest first, as its officers set them. */
public record RatesPage(long organisationId, String organisation, List<Rate> rates) {}
