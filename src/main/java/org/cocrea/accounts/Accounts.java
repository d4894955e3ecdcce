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

    public Optional<Person> personByEmail(String email) {
        return email == null
                ? Optional.empty()
                : people.findByEmail(email.trim().toLowerCase(java.util.Locale.ROOT));
    }

    public Map<Long, Person> people(Collection<Long> ids) {
        // One query for all of them: pages name authors, signers and members of long histories.
        return people.findAllById(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
    }

    public List<Organisation> organisations() {
        return organisations.all();
    }

    public Optional<Organisation> organisation(long id) {
        return organisations.find(id);
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
