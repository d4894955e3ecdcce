package org.cocrea.accounts;

/** The admin's form for a person's kind, admin flag, organisation and department. */
public record RoleForm(String kind, Boolean admin, Long organisationId, Long departmentId) {
    public boolean isAdmin() {
        return Boolean.TRUE.equals(admin);
    }
}
