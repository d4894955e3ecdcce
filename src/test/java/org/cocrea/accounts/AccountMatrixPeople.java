package org.cocrea.accounts;

import java.util.EnumMap;
import java.util.Map;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Who;

/**
 * Who plays each kind of person in the accounts module's matrices (sign-in methods are nobody's initiative, so
 * every kind is simply a demo account of that sort).
 */
final class AccountMatrixPeople {
    static final Map<Who, String> PEOPLE = new EnumMap<>(Map.of(
            Who.CITIZEN, Demo.CITIZEN,
            Who.OTHER_CITIZEN, Demo.PARENT,
            Who.MEMBER, Demo.VOLUNTEER,
            Who.FACILITATOR, Demo.TEACHER,
            Who.OTHER_PRO, Demo.PARKS_OFFICER,
            Who.ADMIN, Demo.ADMIN));

    private AccountMatrixPeople() {}
}
