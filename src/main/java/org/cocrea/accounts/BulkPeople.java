package org.cocrea.accounts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.cocrea.platform.Language;
import org.cocrea.platform.Refused;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating many people at once (the demo-data generator, imports). The same rules as registration apply
 * (a well-formed email, a name, one account per email, the database's unique constraint as the last word),
 * but the password is hashed once for the whole list: bcrypt per person would take hours for a city.
 */
@Service
public class BulkPeople {
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public record NewPerson(String email, String name, Language language) {}

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final AccountService accounts;
    private final PasswordEncoder encoder;
    private String lastPassword;
    private String lastHash;

    BulkPeople(
            PersonRepository people,
            OrganisationRepository organisations,
            AccountService accounts,
            PasswordEncoder encoder) {
        this.people = people;
        this.organisations = organisations;
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /**
     * Creates verified citizens sharing one password, all or none; returns their ids in the order given.
     * Throws {@link Refused} on an invalid or already used email or name.
     */
    @Transactional
    public List<Long> createVerified(List<NewPerson> list, String password) {
        var rows = new ArrayList<PersonRepository.NewPerson>();
        var seen = new HashSet<String>();
        String hash = hash(password);
        for (NewPerson p : list) {
            String email = AccountService.normaliseEmail(p.email());
            String name = p.name() == null ? "" : p.name().strip();
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                throw new Refused("email", "register.email.invalid");
            }
            if (name.isEmpty() || name.length() > 120) {
                throw new Refused("name", "register.name.required");
            }
            if (!seen.add(email)) {
                throw new Refused("email", "register.email.taken");
            }
            rows.add(new PersonRepository.NewPerson(email, name, hash, p.language(), PersonKind.CITIZEN));
        }
        if (people.countExisting(seen) > 0) {
            throw new Refused("email", "register.email.taken");
        }
        return people.insertVerified(rows);
    }

    /** One bcrypt hash per distinct password, kept for the next list. */
    private synchronized String hash(String password) {
        if (password == null || password.length() < 8) {
            throw new Refused("password", "register.password");
        }
        if (!password.equals(lastPassword)) {
            lastHash = encoder.encode(password);
            lastPassword = password;
        }
        return lastHash;
    }

    @Transactional
    public long createOrganisation(String name, List<String> departments) {
        long id = organisations.create(name);
        departments.forEach(d -> organisations.addDepartment(id, d));
        return id;
    }

    /** Makes a person a professional of an organisation, with the admin page's checks. */
    @Transactional
    public void makeProfessional(long personId, long organisationId, Long departmentId) {
        accounts.assignRole(personId, PersonKind.PROFESSIONAL, false, organisationId, departmentId);
    }

    /** The ids of everyone whose email ends with {@code @domain}, in creation order. */
    public List<Long> idsInEmailDomain(String domain) {
        return people.idsWithEmailSuffix("@" + domain.toLowerCase(java.util.Locale.ROOT));
    }
}
