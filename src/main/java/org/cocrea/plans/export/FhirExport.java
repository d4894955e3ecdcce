package org.cocrea.plans.export;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Status;
import org.cocrea.plans.actions.ActionRepository;
import org.cocrea.plans.actions.ActionStatus;
import org.cocrea.plans.actions.ActionsTool;
import org.cocrea.plans.actions.PlanAction;
import org.cocrea.plans.ladder.LadderArea;
import org.cocrea.plans.ladder.LadderReading;
import org.cocrea.plans.ladder.LadderRepository;
import org.cocrea.plans.ladder.LadderTool;
import org.cocrea.plans.plan.GoalAttainment;
import org.cocrea.plans.plan.PlanRepository;
import org.cocrea.plans.plan.PlanService;
import org.cocrea.plans.privacy.AuditRepository;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan as a FHIR R4 collection Bundle: the CarePlan with its CareTeam and Goals, and the people they refer
 * to (the citizen as Patient, professionals as Practitioner, proxies and other members as RelatedPerson).
 * Every entry has a stable urn:uuid full URL derived from Cocrea ids, and every reference points to one.
 */
@Service
class FhirExport {
    static final String ROLE_SYSTEM = "urn:cocrea:member-role";
    static final String GAS_SYSTEM = "urn:cocrea:gas-level";
    static final String WEIGHT_EXTENSION = "urn:cocrea:fhir:gas-weight";
    static final String PRIORITY_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-priority";
    static final String ACHIEVEMENT_SYSTEM = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    private final FhirContext fhir = FhirContext.forR4Cached();
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final PlanRepository plans;
    private final PlanExportRepository export;
    private final AuditRepository audit;
    private final ActionRepository actions;
    private final LadderRepository ladders;

    FhirExport(
            Initiatives initiatives,
            Accounts accounts,
            PlanRepository plans,
            PlanExportRepository export,
            AuditRepository audit,
            ActionRepository actions,
            LadderRepository ladders) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.plans = plans;
        this.export = export;
        this.audit = audit;
        this.actions = actions;
        this.ladders = ladders;
    }

    FhirContext context() {
        return fhir;
    }

    @Transactional
    String json(PlanService.Access a) {
        audit.record(a.id(), a.me().personId(), "fhir.read", null, a.from());
        return fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle(a));
    }

    Bundle bundle(PlanService.Access a) {
        long initiativeId = a.initiative().id();
        var roles = initiatives.roles(initiativeId);
        var people = accounts.people(roles.keySet());
        var bundle = new Bundle();
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(new Date());
        bundle.getIdentifier().setSystem("urn:cocrea:plan").setValue(String.valueOf(initiativeId));

        Long citizenId = roles.entrySet().stream()
                .filter(e -> e.getValue() == MemberRole.CITIZEN)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
        var refs = new HashMap<Long, Reference>();
        for (var entry : roles.entrySet()) {
            var person = people.get(entry.getKey());
            if (person != null) {
                var resource = personResource(person, entry.getValue(), citizenId);
                refs.put(person.id(), add(bundle, resource, "person:" + person.id()));
            }
        }
        Reference patient = citizenId == null ? null : refs.get(citizenId);

        var team = careTeam(a, roles, refs, patient);
        var teamRef = add(bundle, team, "careteam:" + initiativeId);
        var carePlan = carePlan(a, roles, refs, patient, teamRef);
        for (var goal : export.goals(a.id())) {
            var g = goal(goal, refs, patient);
            carePlan.addGoal(add(bundle, g, "goal:" + goal.id()));
        }
        // The initiative's tools read once: a plan's export must not read every plan's tools of the platform.
        var placed = initiatives.toolInstancesOf(initiativeId);
        for (long tool : tools(placed, ActionsTool.ID)) {
            actions.actions(tool).forEach(action -> activity(carePlan, action, refs));
        }
        var planRef = add(bundle, carePlan, "careplan:" + initiativeId);
        for (long tool : tools(placed, LadderTool.ID)) {
            var areas = ladders.areas(tool);
            for (var reading : ladders.readings(tool)) {
                add(bundle, response(reading, areas, refs, patient, planRef), "reading:" + reading.id());
            }
        }
        return bundle;
    }

    /** The instances of a tool among those placed in the plan's individual initiative. */
    private static List<Long> tools(List<org.cocrea.initiatives.ToolInstance> placed, String toolId) {
        return placed.stream()
                .filter(i -> i.toolId().equals(toolId))
                .map(org.cocrea.initiatives.ToolInstance::id)
                .toList();
    }

    private static void activity(CarePlan plan, PlanAction action, Map<Long, Reference> refs) {
        var detail = plan.addActivity().getDetail();
        detail.setStatus(activityStatus(action.status()));
        detail.setDescription(action.title());
        detail.getCode().setText(action.kind().code());
        if (action.due() != null) {
            detail.setScheduled(
                    new org.hl7.fhir.r4.model.StringType(action.due().toString()));
        }
        var performer = refs.get(action.performerId());
        if (performer != null) {
            detail.addPerformer(performer.copy());
        }
    }

    static CarePlan.CarePlanActivityStatus activityStatus(ActionStatus status) {
        return switch (status) {
            case PLANNED -> CarePlan.CarePlanActivityStatus.NOTSTARTED;
            case IN_PROGRESS -> CarePlan.CarePlanActivityStatus.INPROGRESS;
            case DONE -> CarePlan.CarePlanActivityStatus.COMPLETED;
            case DROPPED -> CarePlan.CarePlanActivityStatus.CANCELLED;
        };
    }

    /** One outcome-ladder reading: an answer per area, scored 1–10, by whoever scored it (the source). */
    private static org.hl7.fhir.r4.model.QuestionnaireResponse response(
            LadderReading reading,
            List<LadderArea> areas,
            Map<Long, Reference> refs,
            Reference patient,
            Reference plan) {
        var response = new org.hl7.fhir.r4.model.QuestionnaireResponse();
        response.setStatus(org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.addBasedOn(plan.copy());
        if (patient != null) {
            response.setSubject(patient.copy());
        }
        response.setAuthoredElement(
                new org.hl7.fhir.r4.model.DateTimeType(reading.readOn().toString()));
        var scorer = reading.scoredBy() == null ? null : refs.get(reading.scoredBy());
        if (scorer != null) {
            response.setSource(scorer.copy());
            response.setAuthor(scorer.copy());
        }
        for (var area : areas) {
            Integer score = reading.score(area.id());
            if (score != null) {
                response.addItem()
                        .setLinkId("area-" + area.id())
                        .setText(area.name())
                        .addAnswer()
                        .setValue(new IntegerType(score));
            }
        }
        return response;
    }

    private CarePlan carePlan(
            PlanService.Access a,
            Map<Long, MemberRole> roles,
            Map<Long, Reference> refs,
            Reference patient,
            Reference team) {
        var signatures = plans.signatures(a.id());
        Integer agreed = PlanService.agreedVersion(signatures);
        var shown = agreed != null
                ? plans.version(a.id(), agreed).orElse(null)
                : plans.latest(a.id()).orElse(null);
        var plan = new CarePlan();
        plan.addIdentifier()
                .setSystem("urn:cocrea:plan")
                .setValue(String.valueOf(a.initiative().id()));
        plan.setStatus(status(a, agreed));
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle(a.initiative().title());
        if (shown != null) {
            plan.setDescription(shown.content().objectives());
        }
        if (patient != null) {
            plan.setSubject(patient.copy());
        }
        roles.entrySet().stream()
                .filter(e -> e.getValue() == MemberRole.OWNER)
                .map(e -> refs.get(e.getKey()))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .ifPresent(owner -> plan.setAuthor(owner.copy()));
        roles.keySet().stream()
                .map(refs::get)
                .filter(java.util.Objects::nonNull)
                .forEach(r -> plan.addContributor(r.copy()));
        plan.addCareTeam(team.copy());
        var period = new Period().setStart(Date.from(a.instance().createdAt().toInstant()));
        if (shown != null && shown.content().reviewDate() != null) {
            // The review date is a day, not an instant: kept at day precision.
            period.setEndElement(new org.hl7.fhir.r4.model.DateTimeType(
                    shown.content().reviewDate().toString()));
        }
        plan.setPeriod(period);
        plan.setCreated(Date.from(a.instance().createdAt().toInstant()));
        return plan;
    }

    /** Draft until the citizen's side and the case manager sign one version; completed once closed. */
    private static CarePlan.CarePlanStatus status(PlanService.Access a, Integer agreed) {
        if (a.initiative().status() == Status.CLOSED || a.initiative().status() == Status.ARCHIVED) {
            return CarePlan.CarePlanStatus.COMPLETED;
        }
        return agreed == null ? CarePlan.CarePlanStatus.DRAFT : CarePlan.CarePlanStatus.ACTIVE;
    }

    private static CareTeam careTeam(
            PlanService.Access a, Map<Long, MemberRole> roles, Map<Long, Reference> refs, Reference patient) {
        var team = new CareTeam();
        team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
        team.setName(a.initiative().title());
        if (patient != null) {
            team.setSubject(patient.copy());
        }
        roles.forEach((personId, role) -> {
            var ref = refs.get(personId);
            if (ref != null) {
                team.addParticipant()
                        .addRole(new CodeableConcept()
                                .addCoding(new Coding(ROLE_SYSTEM, role.code(), role.code()))
                                .setText(role.code()))
                        .setMember(ref.copy());
            }
        });
        return team;
    }

    private static Goal goal(PlanData.GoalData data, Map<Long, Reference> refs, Reference patient) {
        var goal = new Goal();
        goal.setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE);
        goal.setDescription(new CodeableConcept().setText(data.description()));
        goal.setPriority(priority(data.weight()));
        goal.addExtension(WEIGHT_EXTENSION, new DecimalType(data.weight()));
        if (patient != null) {
            goal.setSubject(patient.copy());
        }
        if (data.createdBy() != null && refs.containsKey(data.createdBy())) {
            goal.setExpressedBy(refs.get(data.createdBy()).copy());
        }
        // GAS: level 0 is the expected outcome agreed in advance, so it is the target; the latest level
        // reached is the outcome, and the scale's levels −2..+2 are its codes.
        goal.addTarget()
                .setMeasure(new CodeableConcept()
                        .addCoding(new Coding(GAS_SYSTEM, "level", "Goal Attainment Scaling level (-2..+2)"))
                        .setText("GAS level"))
                .setDetail(new IntegerType(0));
        // What each level would look like, as agreed before scoring: one target per level, its text the detail.
        for (int i = 0; i < data.levels().size(); i++) {
            String code = org.cocrea.plans.plan.Goal.signed(GoalAttainment.MIN_LEVEL + i);
            goal.addTarget()
                    .setMeasure(new CodeableConcept()
                            .addCoding(new Coding(GAS_SYSTEM, code, "GAS level " + code))
                            .setText("GAS level " + code))
                    .setDetail(new CodeableConcept().setText(data.levels().get(i)));
        }
        if (!data.scores().isEmpty()) {
            var latest = data.scores().get(data.scores().size() - 1);
            int level = latest.level();
            String code = org.cocrea.plans.plan.Goal.signed(level);
            goal.addOutcomeCode(new CodeableConcept()
                    .addCoding(new Coding(GAS_SYSTEM, code, "GAS level " + code))
                    .setText("GAS level " + code));
            goal.setAchievementStatus(achievement(level));
            goal.setStatusDateElement(new DateType(latest.scoredOn().toString()));
        }
        // Every dated score, the baseline first, as a note by whoever scored it.
        for (int i = 0; i < data.scores().size(); i++) {
            var score = data.scores().get(i);
            var note = goal.addNote()
                    .setTimeElement(new DateTimeType(score.scoredOn().toString()))
                    .setText((i == 0 ? "Baseline" : "Follow-up") + ": GAS level "
                            + org.cocrea.plans.plan.Goal.signed(score.level()) + " on " + score.scoredOn());
            if (score.scoredBy() != null && refs.containsKey(score.scoredBy())) {
                note.setAuthor(refs.get(score.scoredBy()).copy());
            }
        }
        return goal;
    }

    /** Weight (importance × difficulty) 1–9 maps to FHIR's three priorities. */
    static CodeableConcept priority(double weight) {
        String code = weight >= 4 ? "high-priority" : weight >= 2 ? "medium-priority" : "low-priority";
        return new CodeableConcept().addCoding(new Coding(PRIORITY_SYSTEM, code, null));
    }

    static CodeableConcept achievement(int level) {
        String code = level >= 0 ? "achieved" : level == -1 ? "in-progress" : "not-achieved";
        return new CodeableConcept().addCoding(new Coding(ACHIEVEMENT_SYSTEM, code, null));
    }

    private static Resource personResource(Person person, MemberRole role, Long citizenId) {
        var name = new HumanName().setText(person.deleted() ? "—" : person.name());
        if (role == MemberRole.CITIZEN) {
            return new Patient().addName(name);
        }
        if (person.professional()) {
            return new Practitioner().addName(name);
        }
        var related = new RelatedPerson().addName(name);
        if (citizenId != null) {
            related.setPatient(new Reference(urn("person:" + citizenId)));
        }
        return related;
    }

    private static Reference add(Bundle bundle, Resource resource, String key) {
        String urn = urn(key);
        resource.setId(urn.substring("urn:uuid:".length()));
        bundle.addEntry().setFullUrl(urn).setResource(resource);
        return new Reference(urn);
    }

    static String urn(String key) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(("cocrea:" + key).getBytes(StandardCharsets.UTF_8));
    }

    static List<String> references(Bundle bundle, FhirContext fhir) {
        var terser = fhir.newTerser();
        return bundle.getEntry().stream()
                .flatMap(e -> terser.getAllPopulatedChildElementsOfType(e.getResource(), Reference.class).stream())
                .map(Reference::getReference)
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
