package org.cocrea.initiatives;

/**
 * Whether the citizen of an individual initiative consents to a proxy acting for them. The consent is recorded
 * by the module that holds the citizen's privacy choices (plans), which implements this; the initiatives module
 * asks it so that every page and tool of an individual initiative applies the same rule. Without an
 * implementation no proxy ever acts: the safe answer.
 */
public interface ProxyConsent {
    boolean proxyMayAct(long initiativeId, long personId);

    /** The initiatives in which {@code personId} is a proxy the citizen consents to, for lists. */
    java.util.Set<Long> initiativesActingFor(long personId);
}
