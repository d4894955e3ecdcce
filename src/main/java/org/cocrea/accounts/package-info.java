/**
 * People and organisations: registration, email verification, sign-in (throttled per account and network
 * address, answering alike whether or not an address has an account), password reset, profiles, account
 * deletion, organisations with departments, the residents register with its contested claims, and the platform
 * admin's management pages.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"platform"})
package org.cocrea.accounts;
