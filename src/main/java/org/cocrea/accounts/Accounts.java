package org.cocrea.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** What other modules may ask about people and organisations. */
@Service
public class Accounts {
    private final PersonRepository people;
    private final OrganisationRepository organisations;

    Accounts(PersonRepository people, OrganisationRepository organisations) {
        this.people = people;
        this.organisations = organisations;
    }

    public Optional<Person> person(long id) {
        return people.findById(id);
    }

    /**
     * The account's rights stamp (bumped by the very UPDATE that changes kind, admin flag or organisation, or
     * deletes the account), empty once deleted: what a personal API token compares with on every request, as a
     * session does.
     */
    public java.util.OptionalInt rightsVersion(long personId) {
        return people.stamps(personId)
                .map(s -> java.util.OptionalInt.of(s.rights()))
                .orElse(java.util.OptionalInt.empty());
    }

    public Optional<Person> personByEmail(String email) {
        return email == null
                ? Optional.empty()
                : people.findByEmail(email.trim().toLowerCase(java.util.Locale.ROOT));
    }

    /** The people with these ids, by id, in one query per thousand ids (pages list members by the thousand). */
    public Map<Long, Person> people(Collection<Long> ids) {
        return people.findAll(ids).stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    /**
     * Whether the person confirmed their e-mail address (and still has an account): a vote, ballot, support, join
     * or questionnaire answer counts only from such a person, so that throw-away accounts cannot (finding 6).
     * Read from the database on every call, so a confirmation made in another browser counts at once.
     */
    public boolean confirmed(long personId) {
        return people.confirmed(List.of(personId)).contains(personId);
    }

    /** {@link #confirmed(long)} for many people at once: those of {@code ids} whose address is confirmed. */
    public java.util.Set<Long> confirmed(Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Set.of() : people.confirmed(ids);
    }

    public List<Organisation> organisations() {
        return organisations.all();
    }

    public Optional<Organisation> organisation(long id) {
        return organisations.find(id);
    }

    /**
     * The organisation when the person acts for it ({@link #actsFor}); {@link org.cocrea.platform.NotFound} otherwise,
     * so that outsiders do not learn which organisations exist: the one guard of every page an organisation's
     * officers keep (its residents register, rates, population margins, open data, webhooks).
     */
    public Organisation officeOf(long organisationId, org.cocrea.platform.SignedInPerson me) {
        var organisation = organisations.find(organisationId).orElseThrow(org.cocrea.platform.NotFound::new);
        if (!actsFor(organisationId, me)) {
            throw new org.cocrea.platform.NotFound();
        }
        return organisation;
    }

    /**
     * Whether the person acts for the organisation as its office: an administrator, or a professional (not deleted)
     * of that organisation, read from the account on every call so that a move or a demotion takes effect at once.
     * The one rule for every page an organisation's officers keep (its residents register, its rates, its pacts'
     * approvals): a citizen facilitating an initiative does not act for the administration.
     */
    public boolean actsFor(long organisationId, org.cocrea.platform.SignedInPerson me) {
        if (me == null) {
            return false;
        }
        if (me.isAdmin()) {
            return true;
        }
        return me.isProfessional()
                && people.findById(me.personId())
                        .filter(p -> p.kind() == PersonKind.PROFESSIONAL && p.deletedAt() == null)
                        .map(p -> p.organisationId() != null && p.organisationId() == organisationId)
                        .orElse(false);
    }

    public Optional<Organisation> organisationByName(String name) {
        return organisations.findByName(name);
    }

    public List<Department> departments(long organisationId) {
        return organisations.departments(organisationId);
    }

    public Optional<Department> department(long id) {
        return organisations.department(id);
    }
}
