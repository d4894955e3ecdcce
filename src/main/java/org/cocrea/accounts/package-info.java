/**
 * People and organisations: registration, email verification, sign-in, password reset, profiles,
 * account deletion, organisations with departments, and the platform admin's management pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.cocrea.accounts;
