package org.cocrea.evidence.population;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Organisation;
import org.cocrea.accounts.PersonDeleted;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The population pages' models and changes: who keeps an organisation's margins (its professionals and the platform's
 * administrators), the upload that replaces them all or not at all, a person's self-description and its withdrawal,
 * and the comparison of an initiative's participants, who are its members (people with any role in it), with the
 * population of its organisation.
 */
@Service
class PopulationService {
    static final Set<String> GENDERS = Set.of("female", "male", "other", "undisclosed");

    private final PopulationRepository repository;
    private final Accounts accounts;
    private final Initiatives initiatives;

    PopulationService(PopulationRepository repository, Accounts accounts, Initiatives initiatives) {
        this.repository = repository;
        this.accounts = accounts;
        this.initiatives = initiatives;
    }

    /** Whether the person keeps the organisation's margins: an administrator, or one of its professionals. */
    boolean manages(long organisationId, SignedInPerson me) {
        return accounts.actsFor(organisationId, me);
    }

    /** The organisation if the person keeps its margins; 404 otherwise, so outsiders learn nothing. */
    Organisation managed(long organisationId, SignedInPerson me) {
        return accounts.officeOf(organisationId, me);
    }

    @Transactional(readOnly = true)
    Pages.Margins margins(Organisation organisation) {
        return new Pages.Margins(organisation.id(), organisation.name(), repository.margins(organisation.id()));
    }

    @Transactional(readOnly = true)
    String csv(Organisation organisation) {
        return MarginsCsv.write(repository.margins(organisation.id()));
    }

    /** Replaces the organisation's margins with the file's, or refuses naming the bad lines and keeps the old ones. */
    @Transactional
    int upload(Organisation organisation, byte[] bytes, SignedInPerson me) {
        var margins = MarginsCsv.parse(bytes);
        repository.replace(organisation.id(), margins, me.personId());
        return margins.size();
    }

    @Transactional(readOnly = true)
    Pages.Me me(SignedInPerson me) {
        return new Pages.Me(
                repository.description(me.personId()).orElse(null),
                Ages.PERSON_BANDS,
                districts(),
                Year.now().getValue());
    }

    private List<Pages.DistrictGroup> districts() {
        var byOrganisation = new LinkedHashMap<Long, List<Pages.Option>>();
        for (var d : repository.districts()) {
            byOrganisation
                    .computeIfAbsent(d.organisationId(), k -> new ArrayList<>())
                    .add(new Pages.Option(d.organisationId() + ":" + d.band(), d.band()));
        }
        if (byOrganisation.isEmpty()) {
            return List.of();
        }
        var names = new HashMap<Long, String>();
        accounts.organisations().forEach(o -> names.put(o.id(), o.name()));
        var groups = new ArrayList<Pages.DistrictGroup>();
        byOrganisation.forEach(
                (id, options) -> groups.add(new Pages.DistrictGroup(names.getOrDefault(id, ""), List.copyOf(options))));
        return groups;
    }

    /** Checks every field, then stores the self-description in place of the one before. */
    @Transactional
    void describe(SignedInPerson me, SelfDescriptionForm form) {
        var d = parse(me.personId(), form, repository.districts(), Year.now().getValue());
        repository.save(d);
    }

    static SelfDescription parse(
            long personId, SelfDescriptionForm form, List<PopulationRepository.District> districts, int thisYear) {
        var problems = new ArrayList<Refused.Problem>();
        String yearText = text(form.birthYear());
        String band = text(form.ageBand());
        String gender = text(form.gender());
        String district = text(form.district());
        Integer year = null;
        if (!yearText.isEmpty()) {
            try {
                year = Integer.parseInt(yearText);
            } catch (NumberFormatException e) {
                year = -1;
            }
            if (year < 1900 || year > thisYear) {
                problems.add(new Refused.Problem("birthYear", "population.me.year", String.valueOf(thisYear)));
                year = null;
            }
        }
        if (!band.isEmpty() && !Ages.PERSON_BANDS.contains(band)) {
            problems.add(new Refused.Problem("ageBand", "population.me.age"));
        }
        if (!yearText.isEmpty() && !band.isEmpty()) {
            problems.add(new Refused.Problem("ageBand", "population.me.both"));
        }
        if (!gender.isEmpty() && !GENDERS.contains(gender)) {
            problems.add(new Refused.Problem("gender", "population.me.gender"));
        }
        PopulationRepository.District chosen = null;
        if (!district.isEmpty()) {
            chosen = districts.stream()
                    .filter(d -> (d.organisationId() + ":" + d.band()).equals(district))
                    .findFirst()
                    .orElse(null);
            if (chosen == null) {
                problems.add(new Refused.Problem("district", "population.me.district"));
            }
        }
        if (problems.isEmpty() && yearText.isEmpty() && band.isEmpty() && gender.isEmpty() && district.isEmpty()) {
            problems.add(new Refused.Problem("birthYear", "population.me.nothing"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new SelfDescription(
                personId,
                year,
                band.isEmpty() ? null : band,
                gender.isEmpty() ? null : gender,
                chosen == null ? null : chosen.organisationId(),
                chosen == null ? null : chosen.band());
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    /** Deletes the person's self-description; whether there was one. */
    @Transactional
    boolean withdraw(SignedInPerson me) {
        return repository.forget(me.personId());
    }

    /** In the deletion's transaction, so nothing a person said of themselves outlives their account. */
    @EventListener
    void on(PersonDeleted event) {
        repository.forget(event.personId());
    }

    /** The comparison page of an initiative the person may read; 404 otherwise. */
    @Transactional(readOnly = true)
    Pages.Comparison comparison(long initiativeId, SignedInPerson me) {
        var initiative = initiatives.visible(initiativeId, me).orElseThrow(NotFound::new);
        long organisationId = initiative.organisationId();
        var organisation = accounts.organisation(organisationId).orElseThrow(NotFound::new);
        var margins = repository.margins(organisationId);
        var participants = initiatives.roles(initiativeId).keySet();
        var descriptions = participants.isEmpty() ? List.<SelfDescription>of() : repository.descriptions(participants);
        var given = descriptions.stream().filter(PopulationService::givesAny).toList();
        boolean enough = given.size() >= Representativeness.MIN;
        var dimensions = new ArrayList<DimensionView>();
        if (enough) {
            for (var dimension : Dimension.values()) {
                var bands =
                        margins.stream().filter(m -> m.dimension() == dimension).toList();
                if (!bands.isEmpty()) {
                    dimensions.add(Representativeness.compare(
                            dimension,
                            bands,
                            counts(
                                    dimension,
                                    bands,
                                    given,
                                    organisationId,
                                    Year.now().getValue())));
                }
            }
        }
        return new Pages.Comparison(
                initiative.id(),
                initiative.title(),
                organisationId,
                organisation.name(),
                !margins.isEmpty(),
                enough ? given.size() : 0,
                enough,
                List.copyOf(dimensions),
                manages(organisationId, me),
                me != null);
    }

    private static boolean givesAny(SelfDescription d) {
        return d.birthYear() != null || d.ageBand() != null || d.gender() != null || d.district() != null;
    }

    /** How many of the people fall in each of the organisation's bands of one dimension. */
    static Map<String, Long> counts(
            Dimension dimension, List<Margin> bands, List<SelfDescription> people, long organisationId, int thisYear) {
        var counts = new HashMap<String, Long>();
        var ranges = new LinkedHashMap<String, Ages.Range>();
        if (dimension == Dimension.AGE) {
            bands.forEach(b -> ranges.put(b.band(), Ages.parse(b.band())));
        }
        for (var d : people) {
            String band = switch (dimension) {
                case AGE -> {
                    var range = Ages.of(d.birthYear(), d.ageBand(), thisYear);
                    String found = null;
                    if (range != null) {
                        for (var e : ranges.entrySet()) {
                            if (e.getValue() != null && e.getValue().holds(range)) {
                                found = e.getKey();
                                break;
                            }
                        }
                    }
                    yield found;
                }
                case GENDER -> d.gender();
                case DISTRICT ->
                    d.districtOrganisationId() != null && d.districtOrganisationId() == organisationId
                            ? d.district()
                            : null;
            };
            if (band != null) {
                counts.merge(band, 1L, Long::sum);
            }
        }
        return counts;
    }
}
