/**
 * Privacy of individual plans: the citizen's consent to proxies and to sharing, an administrator's audited
 * emergency access, erasure, reassignment and the access log every plan tool writes to.
 */
package org.cocrea.plans.privacy;
