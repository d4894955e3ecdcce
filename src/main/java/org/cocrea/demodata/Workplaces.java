package org.cocrea.demodata;

import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Department;
import org.springframework.stereotype.Component;

/** Where generated professional {@code i} works: their organisation's department, read from accounts. */
@Component
class Workplaces {
    private final Accounts accounts;

    Workplaces(Accounts accounts) {
        this.accounts = accounts;
    }

    Long departmentOf(Run r, int professional) {
        var departments = accounts.departments(r.organisationOf(professional));
        String name = Texts.DEPARTMENTS.get((professional / r.n.organisations()) % Texts.DEPARTMENTS.size());
        return departments.stream()
                .filter(d -> d.name().equals(name))
                .map(Department::id)
                .findFirst()
                .orElse(null);
    }
}
