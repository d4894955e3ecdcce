/**
 * Initiatives on the co-production typology: level, timeline of phases, citizen roles, objectives, membership and
 * visibility, tools per phase (the {@link org.cocrea.initiatives.Tool} SPI), petitions, the typology dashboard,
 * lists and the JSON API.
 *
 * <p>This root package is the module's API, what other modules use: {@link org.cocrea.initiatives.Initiatives}
 * (visibility, roles, "may X do A", whether what a person does counts), {@link org.cocrea.initiatives.OpenTool} and
 * {@link org.cocrea.initiatives.ToolAccess}, the tool SPI ({@code Tool}, {@code ToolInstance}), the records and
 * typology enums they return ({@code Initiative}, {@code TimelinePhase}, {@code Level}, {@code Phase},
 * {@code CitizenRole}, {@code Objective}, {@code ServiceDomain}, {@code Status}, {@code MemberRole}, {@code Area}),
 * the event {@code CareTeamChanged}, the SPI {@code ProxyConsent} that plans implements, and
 * {@code BulkInitiatives} with {@code PetitionForm} for the demo-data generator. Everything else is internal, in
 * sub-packages by concern: {@code core} (repositories, the service behind the pages, visibility rules, forms),
 * {@code web} (initiative pages, lists, the security rules, the {@code @OpenTool} resolver), {@code api} (JSON),
 * {@code invitations} (by mail and join links), {@code petitions}, {@code factors} (influential-factor
 * questionnaires), {@code timeline} (phase rules, the hourly clock and its announcer) and {@code typology} (the
 * dashboard).
 *
 * <p>Petitions are a citizen's proposal to an organisation; until issue 13 they were called citizen proposals, at
 * {@code /proposals}, which now answers a permanent redirect. Their tables were renamed with them
 * ({@code petition}, {@code petition_support}, {@code petition_settings}, V16_4), so the code, the routes and the
 * data use one name and nobody confuses them with the proposals tool (module {@code ideas}).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Initiatives",
        allowedDependencies = {"platform", "accounts"})
package org.cocrea.initiatives;
