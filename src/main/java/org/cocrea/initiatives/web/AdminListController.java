package org.cocrea.initiatives.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Organisation;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.core.InitiativeFilter;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrators' list of all initiatives (under {@code /admin/**}, so for administrators only), filtered by
 * status, level and phase and searched by words, a page at a time. Admins may know that every initiative exists
 * (level, phase, status, organisation), but read only those the visibility rules open to them.
 */
@Controller
class AdminListController {
    private final InitiativeRepository initiatives;
    private final Accounts accounts;
    private final Initiatives api;

    AdminListController(InitiativeRepository initiatives, Accounts accounts, Initiatives api) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.api = api;
    }

    @GetMapping("/admin/initiatives")
    String list(@RequestParam Map<String, String> params, @AuthenticationPrincipal SignedInPerson me, Model model) {
        var parsed = FilterParams.parse(params);
        // Only the filters this page offers, so a link never carries a filter the page does not show.
        var filter = new InitiativeFilter(
                parsed.level(), parsed.phase(), null, null, null, null, parsed.status(), parsed.query());
        int page = FilterParams.page(params);
        var result = initiatives.known(filter, api.viewer(me), page, FilterParams.PAGE_SIZE);
        var organisations = accounts.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a, java.util.TreeMap::new));
        model.addAttribute(
                "list",
                new AdminListPage(result.items(), result.total(), page, FilterParams.PAGE_SIZE, filter, organisations));
        return "initiatives/admin-list";
    }
}
