package org.cocrea.testing;

/**
 * The seven kinds of person every permission matrix checks, relative to the thing under test: nobody signed in; the
 * citizen concerned (the citizen of an individual initiative, or the citizen the case is about); another citizen;
 * a member; the facilitator who runs it; a professional with no role in it; a platform administrator. Each matrix
 * says who plays each kind in its cases. The order is fixed: matrices use it to give people different choices.
 */
public enum Who {
    ANONYMOUS,
    CITIZEN,
    OTHER_CITIZEN,
    MEMBER,
    FACILITATOR,
    OTHER_PRO,
    ADMIN
}
