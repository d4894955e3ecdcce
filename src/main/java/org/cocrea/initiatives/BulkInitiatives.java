package org.cocrea.initiatives;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.initiatives.core.InitiativeService;
import org.cocrea.initiatives.core.ToolInstanceRepository;
import org.cocrea.initiatives.petitions.PetitionService;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.MapBindingResult;

/**
 * Building many initiatives and petitions through the same service methods the pages call, with the same
 * checks (the demo-data generator, imports). Methods taking lists check a rule once and insert in batches.
 */
@Service
public class BulkInitiatives {
    /** An initiative as its owner would set it up: details, timeline, tools per phase; published when open. */
    public record NewInitiative(
            String title,
            String summary,
            String description,
            long organisationId,
            Long departmentId,
            ServiceDomain domain,
            Level level,
            Set<CitizenRole> roles,
            Set<Objective> objectives,
            List<TimelinePhase> timeline,
            Map<Phase, List<String>> tools,
            boolean open) {}

    private final InitiativeService service;
    private final PetitionService petitions;
    private final ToolInstanceRepository instances;
    private final JdbcClient jdbc;

    BulkInitiatives(
            InitiativeService service, PetitionService petitions, ToolInstanceRepository instances, JdbcClient jdbc) {
        this.service = service;
        this.petitions = petitions;
        this.instances = instances;
        this.jdbc = jdbc;
    }

    @Transactional
    public long create(SignedInPerson owner, NewInitiative n) {
        var details = new InitiativeRepository.Details(
                n.title(),
                n.summary(),
                n.description(),
                n.organisationId(),
                n.departmentId(),
                n.domain(),
                n.level(),
                n.roles(),
                n.objectives(),
                null,
                null);
        long id = service.create(owner, details, null);
        for (TimelinePhase phase : n.timeline()) {
            service.addPhase(owner, id, phase);
        }
        n.tools().forEach((phase, tools) -> tools.forEach(tool -> service.addTool(owner, id, phase, tool)));
        if (n.open()) {
            service.publish(owner, id);
        }
        return id;
    }

    public List<ToolInstance> tools(long initiativeId) {
        return instances.of(initiativeId);
    }

    @Transactional
    public void addMember(SignedInPerson manager, long initiativeId, String email, MemberRole role) {
        service.addMember(manager, initiativeId, email, role);
    }

    @Transactional
    public int joinAll(long initiativeId, List<Long> people) {
        return service.joinAll(initiativeId, people);
    }

    /** Joining as {@code person} would on the initiative's page (open collective, or invited to a group). */
    @Transactional
    public void join(SignedInPerson person, long initiativeId) {
        service.join(person, initiativeId);
    }

    @Transactional
    public void follow(SignedInPerson person, long initiativeId) {
        service.follow(person, initiativeId, true);
    }

    /** A petition, checked as the petition form is; the first refused field is thrown. */
    @Transactional
    public long propose(SignedInPerson citizen, PetitionForm form) {
        var errors = new MapBindingResult(new java.util.HashMap<>(), "petition");
        Long id = petitions.propose(citizen, form, errors);
        if (id == null) {
            var error = errors.getFieldErrors().get(0);
            throw new Refused(error.getField(), error.getCode());
        }
        return id;
    }

    @Transactional
    public int supportAll(long petitionId, List<Long> people) {
        return petitions.supportAll(petitionId, people);
    }

    /** An organisation's initiatives in creation order. */
    public List<Long> initiativeIds(long organisationId) {
        return jdbc.sql("SELECT id FROM initiative WHERE organisation_id = :org ORDER BY id")
                .param("org", organisationId)
                .query(Long.class)
                .list();
    }

    /** The petitions made to an organisation in creation order. */
    public List<Long> petitionIds(long organisationId) {
        return jdbc.sql("SELECT id FROM petition WHERE organisation_id = :org ORDER BY id")
                .param("org", organisationId)
                .query(Long.class)
                .list();
    }
}
