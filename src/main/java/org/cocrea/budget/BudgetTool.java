package org.cocrea.budget;

import java.util.EnumSet;
import java.util.List;
import org.cocrea.ballots.BallotTool;
import org.cocrea.ballots.Facilitating;
import org.cocrea.ballots.ManagePage;
import org.cocrea.ballots.SettingsForm;
import org.cocrea.ballots.Voters;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The participatory budget: co-commissioning at the collective and group levels. Citizens (members) vote;
 * professionals who facilitate set it up and close it, and vote only where the budget says facilitators vote (by
 * default they do not: it is the citizens' budget; {@link Voters}). Budgets of public initiatives and their results
 * are readable anonymously; holders of a one-time voting code vote without an account.
 */
@Component
class BudgetTool extends BallotTool {
    static final String ID = "budget";
    /** The budget's own settings, in the order {@link #stored} and {@link #empty} give their values. */
    static final List<String> SETTINGS = List.of(
            "amount",
            "currency",
            "ballotType",
            "rule",
            "minProjects",
            "maxProjects",
            "points",
            "pointsCap",
            "minShare");
    /** Every field of the budget's settings form: its own settings, then the shared ones. */
    static final List<String> FORM = form(SETTINGS);

    private final BudgetRepository budgets;
    private final BudgetService service;

    BudgetTool(BudgetRepository budgets, BudgetService service) {
        super(
                ID,
                EnumSet.of(Phase.CO_COMMISSIONING),
                EnumSet.of(Level.COLLECTIVE, Level.GROUP),
                EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN),
                List.of("", "/results", "/export.pb"),
                SETTINGS,
                "pb");
        this.budgets = budgets;
        this.service = service;
    }

    /** The same condition as the Pabulib download itself: the budget is closed. */
    @Override
    public boolean exportReady(ToolInstance instance) {
        return budgets.ofInstance(instance.id()).filter(Budget::resultsShown).isPresent();
    }

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        super.apply(routes);
        // The running total is recomputed for anyone reading the ballot; code holders vote without an account.
        routes.requestMatchers(HttpMethod.POST, "/budget/{id:\\d+}/total").permitAll();
        routes.requestMatchers("/budget/{id:\\d+}/code").permitAll();
        // Visitors start signing in (or registering) from the budget page and come back to it.
        routes.requestMatchers(HttpMethod.GET, "/budget/{id:\\d+}/sign-in").permitAll();
    }

    @Override
    public Facilitating facilitating() {
        return service;
    }

    @Override
    public String managePage(ToolAccess access, Model model, SettingsForm settings, BindingResult errors) {
        return managePage(access, model, settings, ProjectForm.empty(), errors);
    }

    /** The budget's manage page: settings, projects (and {@code project} as typed), channels. */
    String managePage(
            ToolAccess access, Model model, SettingsForm settings, ProjectForm project, BindingResult errors) {
        ManagePage.open(access, model);
        var budget = service.budget(access.id()).orElse(null);
        model.addAttribute("budget", budget);
        model.addAttribute("projects", budget == null ? List.of() : service.projects(budget));
        model.addAttribute("ballots", budget == null ? 0L : service.ballotCount(budget));
        model.addAttribute("settings", settings != null ? settings : budget == null ? empty() : stored(budget));
        model.addAttribute("project", project);
        model.addAttribute("errors", errors);
        return "budget/manage";
    }

    /** The stored settings as the form shows them. */
    static SettingsForm stored(Budget b) {
        return SettingsForm.of(
                FORM,
                b.amount(),
                b.currency(),
                b.ballotType().code(),
                b.rule().cliName(),
                b.minProjects(),
                b.maxProjects(),
                b.points(),
                b.pointsCap(),
                b.minShare(),
                b.eligibility().code(),
                b.facilitatorsVote(),
                b.opensAt(),
                b.closesAt());
    }

    /** A new budget's form: euros, a knapsack ballot counted by equal shares, members vote, facilitators do not. */
    static SettingsForm empty() {
        return SettingsForm.of(FORM, "", "EUR", "knapsack", "mes-add1", "", "", "", "", "", "members", "false", "", "");
    }
}
