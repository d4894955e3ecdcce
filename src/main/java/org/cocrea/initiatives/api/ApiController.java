package org.cocrea.initiatives.api;

import java.util.List;
import java.util.Map;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Organisation;
import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.initiatives.core.InitiativeService;
import org.cocrea.initiatives.web.FilterParams;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API (documented in /openapi.yaml): only what the caller may see, codes in lower-case English. */
@RestController
class ApiController {
    private final InitiativeRepository initiatives;
    private final Initiatives api;
    private final Accounts accounts;

    ApiController(InitiativeRepository initiatives, Initiatives api, Accounts accounts) {
        this.initiatives = initiatives;
        this.api = api;
        this.accounts = accounts;
    }

    record PhaseJson(String phase, int cycle, String start, String end) {}

    record InitiativeJson(
            long id,
            String title,
            String summary,
            String level,
            List<PhaseJson> phases,
            String activePhase,
            List<String> citizenRoles,
            List<String> objectives,
            String otherObjective,
            String domain,
            String organisation,
            String status) {}

    record PageJson(List<InitiativeJson> items, int page, int size, long total) {}

    record CellJson(String level, String phase, long count) {}

    record TypologyJson(List<CellJson> cells) {}

    @GetMapping("/api/initiatives")
    PageJson list(@RequestParam Map<String, String> params, @AuthenticationPrincipal SignedInPerson me) {
        var filter = FilterParams.parse(params);
        int page = FilterParams.page(params);
        int size = FilterParams.size(params);
        var result = initiatives.search(filter, api.viewer(me), page, size);
        Map<Long, String> orgs = organisations();
        return new PageJson(result.items().stream().map(i -> json(i, orgs)).toList(), page, size, result.total());
    }

    @GetMapping("/api/initiatives/{id:\\d+}")
    InitiativeJson one(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me) {
        return api.visible(id, me).map(i -> json(i, organisations())).orElseThrow(NotFound::new);
    }

    @GetMapping("/api/typology")
    TypologyJson typology(@RequestParam Map<String, String> params) {
        return new TypologyJson(initiatives.typology(FilterParams.typology(params)).stream()
                .map(c -> new CellJson(c.level().code(), c.phase().code(), c.count()))
                .toList());
    }

    private static InitiativeJson json(Initiative i, Map<Long, String> orgs) {
        return new InitiativeJson(
                i.id(),
                i.title(),
                i.summary(),
                i.level().code(),
                i.timeline().stream()
                        .map(p -> new PhaseJson(
                                p.phase().code(),
                                p.cycle(),
                                p.start().toString(),
                                p.end().toString()))
                        .toList(),
                i.activePhase(InitiativeService.today()).map(Phase::code).orElse(null),
                i.citizenRoles().stream().map(CitizenRole::code).sorted().toList(),
                i.objectives().stream().map(Objective::code).sorted().toList(),
                i.otherObjective(),
                i.domain().code(),
                orgs.getOrDefault(i.organisationId(), ""),
                i.status().code());
    }

    private Map<Long, String> organisations() {
        return accounts.organisations().stream()
                .collect(java.util.stream.Collectors.toMap(Organisation::id, Organisation::name));
    }
}
