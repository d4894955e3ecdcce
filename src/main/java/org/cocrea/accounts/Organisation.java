package org.cocrea.accounts;

/** A public organisation (a municipality, a health district, a school...). */
public record Organisation(long id, String name) {}
