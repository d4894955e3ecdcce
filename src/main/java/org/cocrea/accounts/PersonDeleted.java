package org.cocrea.accounts;

/** Published when a person deletes their account; their contributions stay, anonymised. */
public record PersonDeleted(long personId) {}
