package org.cocrea.initiatives.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Organisation;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.initiatives.typology.TypologyPage;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The searchable list of initiatives and the typology dashboard. */
@Controller
class ListController {
    private final InitiativeRepository initiatives;
    private final Accounts accounts;
    private final Initiatives api;

    private final org.cocrea.initiatives.core.CoverImages covers;

    ListController(
            InitiativeRepository initiatives,
            Accounts accounts,
            Initiatives api,
            org.cocrea.initiatives.core.CoverImages covers) {
        this.covers = covers;
        this.api = api;
        this.initiatives = initiatives;
        this.accounts = accounts;
    }

    @GetMapping("/initiatives")
    String list(@RequestParam Map<String, String> params, @AuthenticationPrincipal SignedInPerson me, Model model) {
        var filter = FilterParams.parse(params);
        int page = FilterParams.page(params);
        var result = initiatives.search(filter, api.viewer(me), page, FilterParams.PAGE_SIZE);
        model.addAttribute(
                "list",
                new ListPage(result.items(), result.total(), page, FilterParams.PAGE_SIZE, filter, organisations()));
        model.addAttribute("covers", covers.covers(result.items()));
        return "initiatives/list";
    }

    @GetMapping("/typology")
    String typology(@RequestParam Map<String, String> params, @AuthenticationPrincipal SignedInPerson me, Model model) {
        var rest = FilterParams.typology(params);
        model.addAttribute(
                "typology", TypologyPage.of(initiatives.typology(rest, api.viewer(me)), rest, organisations()));
        return "initiatives/typology";
    }

    private Map<Long, String> organisations() {
        return accounts.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a, java.util.TreeMap::new));
    }
}
