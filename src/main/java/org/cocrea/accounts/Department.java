package org.cocrea.accounts;

/** A department of an organisation (social services, a school, the parks department...). */
public record Department(long id, long organisationId, String name) {}
