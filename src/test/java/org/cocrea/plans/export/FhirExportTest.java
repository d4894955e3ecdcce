package org.cocrea.plans.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.plans.GoalParams;
import org.cocrea.plans.Outsiders;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.PrivatePlan;
import org.cocrea.plans.plan.GoalRepository;
import org.cocrea.plans.plan.PlanRepository;
import org.cocrea.testing.Demo;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The FHIR R4 export, parsed back with HAPI: every reference resolves inside the Bundle, fields round-trip. */
@InitiativesWebTest
class FhirExportTest {
    static final FhirContext FHIR = FhirContext.forR4Cached();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Demo demo;
    String marker;
    PrivatePlan plan;

    @BeforeEach
    void plan() {
        demo = new Demo(users);
        Outsiders.ensure(jdbc);
        marker = "Fhir-" + UUID.randomUUID();
        plan = PrivatePlan.create(jdbc, marker);
    }

    private String url() {
        return "/api/plans/" + plan.initiative() + "/fhir";
    }

    private void share() throws Exception {
        mvc.perform(post("/plans/" + plan.instance() + "/consents/give")
                        .with(csrf())
                        .with(demo.as(plan.citizen()))
                        .param("scope", "share-data"))
                .andExpect(status().isFound());
    }

    private String bundle(String who) throws Exception {
        return mvc.perform(get(url()).with(demo.as(who)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/fhir+json"))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theBundleParsesBackWithEveryReferenceResolvedAndTheFieldsOfThePlan() throws Exception {
        share();
        String json = bundle(Demo.SOCIAL_WORKER);
        var bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
        Map<String, Resource> byUrl = bundle.getEntry().stream()
                .collect(Collectors.toMap(Bundle.BundleEntryComponent::getFullUrl, e -> e.getResource()));
        var references = FhirExport.references(bundle, FHIR);
        assertThat(references).isNotEmpty().allSatisfy(r -> assertThat(byUrl).containsKey(r));

        var carePlan = one(bundle, CarePlan.class);
        var team = one(bundle, CareTeam.class);
        var goal = one(bundle, Goal.class);
        var patient = one(bundle, Patient.class);
        var worker = one(bundle, Practitioner.class);
        var proxy = one(bundle, RelatedPerson.class);
        Function<Reference, Resource> resolve = r -> byUrl.get(r.getReference());

        assertThat(carePlan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(carePlan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(carePlan.getDescription()).isEqualTo("Obiettivo " + marker);
        assertThat(carePlan.getIdentifierFirstRep().getValue()).isEqualTo(String.valueOf(plan.initiative()));
        assertThat(resolve.apply(carePlan.getSubject())).isSameAs(patient);
        assertThat(resolve.apply(carePlan.getAuthor())).isSameAs(worker);
        assertThat(carePlan.getContributor()).map(resolve).containsExactlyInAnyOrder(worker, patient, proxy);
        assertThat(resolve.apply(carePlan.getCareTeamFirstRep())).isSameAs(team);
        assertThat(carePlan.getGoal()).map(resolve).containsExactly(goal);
        assertThat(carePlan.getPeriod().getStart()).isNotNull();
        assertThat(carePlan.getPeriod().getEndElement().getValueAsString()).isEqualTo("2027-06-30");

        assertThat(patient.getNameFirstRep().getText()).isEqualTo(plan.citizen());
        assertThat(resolve.apply(proxy.getPatient())).isSameAs(patient);
        assertThat(team.getParticipant())
                .extracting(p -> p.getRoleFirstRep().getCodingFirstRep().getCode())
                .containsExactlyInAnyOrder("owner", "citizen", "proxy");
        assertThat(team.getParticipant()).map(p -> resolve.apply(p.getMember())).contains(patient, worker, proxy);

        assertThat(goal.getDescription().getText()).isEqualTo("Goal " + marker);
        assertThat(goal.getPriority().getCodingFirstRep().getCode()).isEqualTo("medium-priority");
        assertThat(resolve.apply(goal.getExpressedBy())).isSameAs(worker);
        assertThat(resolve.apply(goal.getSubject())).isSameAs(patient);
        assertThat(goal.getTargetFirstRep().getMeasure().getCodingFirstRep().getSystem())
                .isEqualTo(FhirExport.GAS_SYSTEM);
        assertThat(((IntegerType) goal.getTargetFirstRep().getDetail()).getValue())
                .isZero();
        assertThat(goal.getOutcomeCodeFirstRep().getCodingFirstRep().getCode()).isEqualTo("+1");
        // The five written levels, one target each, −2 first; the score's date is the status date and a note.
        assertThat(goal.getTarget().subList(1, 6))
                .extracting(t -> t.getMeasure().getCodingFirstRep().getCode())
                .containsExactly("-2", "-1", "0", "+1", "+2");
        assertThat(goal.getTarget().subList(1, 6))
                .extracting(t -> ((org.hl7.fhir.r4.model.CodeableConcept) t.getDetail()).getText())
                .containsExactly(GoalParams.LEVELS);
        assertThat(goal.getStatusDateElement().getValueAsString()).isEqualTo(PrivatePlan.SCORED_ON.toString());
        assertThat(goal.getNote()).singleElement().satisfies(note -> {
            assertThat(note.getTimeElement().getValueAsString()).isEqualTo(PrivatePlan.SCORED_ON.toString());
            assertThat(note.getText()).contains("Baseline").contains("+1");
            assertThat(resolve.apply(note.getAuthorReference())).isSameAs(patient);
        });
        assertThat(goal.getAchievementStatus().getCodingFirstRep().getCode()).isEqualTo("achieved");

        assertThat(carePlan.getActivity()).singleElement().satisfies(activity -> {
            assertThat(activity.getDetail().getDescription()).isEqualTo("Azione " + marker);
            assertThat(activity.getDetail().getStatus()).isEqualTo(CarePlan.CarePlanActivityStatus.NOTSTARTED);
            assertThat(activity.getDetail().getPerformer()).map(resolve).containsExactly(patient);
        });
        var readings = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(QuestionnaireResponse.class::isInstance)
                .map(QuestionnaireResponse.class::cast)
                .toList();
        assertThat(readings).hasSize(2);
        assertThat(readings).map(r -> resolve.apply(r.getSource())).containsExactly(patient, worker);
        assertThat(readings).allSatisfy(r -> {
            assertThat(resolve.apply(r.getBasedOnFirstRep())).isSameAs(carePlan);
            assertThat(resolve.apply(r.getSubject())).isSameAs(patient);
            assertThat(r.getItemFirstRep().getText()).isEqualTo("Salute");
        });
        assertThat(readings)
                .map(r -> ((IntegerType) r.getItemFirstRep().getAnswerFirstRep().getValue()).getValue())
                .containsExactly(6, 5);
        assertThat(readings)
                .map(r -> r.getAuthoredElement().getValueAsString())
                .containsExactly("2026-11-02", "2026-11-03");

        // Round trip: what HAPI reads back encodes to the same resource again.
        var again = FHIR.newJsonParser()
                .parseResource(Bundle.class, FHIR.newJsonParser().encodeResourceToString(bundle));
        assertThat(again.equalsDeep(bundle)).isTrue();
        long audits = jdbc.sql("SELECT COUNT(*) FROM plan_audit WHERE tool_instance_id = :i AND action = 'fhir.read'")
                .param("i", plan.instance())
                .query(Long.class)
                .single();
        assertThat(audits).isEqualTo(1);
    }

    @Test
    void onlyThePlansPeopleGetTheBundleAndOnlyWhileTheCitizenConsentsToSharing() throws Exception {
        mvc.perform(get(url()).with(demo.as(Demo.SOCIAL_WORKER)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("OperationOutcome")));
        share();
        bundle(plan.citizen());
        bundle(Demo.SOCIAL_WORKER);
        mvc.perform(get(url()).with(demo.as(plan.proxy())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("not consented to this proxy")));
        for (String outsider : List.of(Outsiders.OTHER_CITIZEN, Outsiders.OTHER_PRO, Demo.ADMIN, Demo.CITIZEN)) {
            mvc.perform(get(url()).with(demo.as(outsider))).andExpect(status().isNotFound());
        }
        mvc.perform(get(url())).andExpect(status().isNotFound());
        mvc.perform(get("/api/plans/99999999/fhir").with(demo.as(plan.citizen())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPlanWithoutAnAgreedVersionIsADraftAndAGoalWithoutScoresHasNoOutcome() throws Exception {
        share();
        new GoalRepository(jdbc)
                .add(plan.instance(), "Unscored " + marker, 5, PrivatePlan.person(jdbc, plan.citizen()));
        new PlanRepository(jdbc)
                .addVersion(plan.instance(), null, new PlanContent("Nuovo", "", "", "", "", "", "", null));
        var bundle = FHIR.newJsonParser().parseResource(Bundle.class, bundle(plan.citizen()));
        var carePlan = one(bundle, CarePlan.class);
        assertThat(carePlan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(carePlan.getDescription()).isEqualTo("Obiettivo " + marker);
        var unscored = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(Goal.class::isInstance)
                .map(Goal.class::cast)
                .filter(g -> g.getDescription().getText().startsWith("Unscored"))
                .findFirst()
                .orElseThrow();
        assertThat(unscored.getOutcomeCode()).isEmpty();
        assertThat(unscored.getPriority().getCodingFirstRep().getCode()).isEqualTo("high-priority");
        assertThat(unscored.getExpressedBy().getReference()).isEqualTo(FhirExport.urn("person:" + plan.citizenId()));

        jdbc.sql("DELETE FROM plan_signature WHERE tool_instance_id = :i")
                .param("i", plan.instance())
                .update();
        var draft = FHIR.newJsonParser().parseResource(Bundle.class, bundle(plan.citizen()));
        assertThat(one(draft, CarePlan.class).getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
        assertThat(one(draft, CarePlan.class).getDescription()).isEqualTo("Nuovo");
    }

    private static <T extends Resource> T one(Bundle bundle, Class<T> type) {
        var found = bundle.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }
}
