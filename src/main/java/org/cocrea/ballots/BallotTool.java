package org.cocrea.ballots;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Tool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.SecurityRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What a ballot tool declares, the same way for each: its pages under {@code /<id>/{instance}}, the two actions of
 * {@link Voters} ("vote" for the roles that vote when only members may, "manage" for owners and facilitators),
 * its exports, and the pages anyone may read without signing in (the tool's page, its results, its downloads;
 * the initiatives module still decides who sees the initiative). Every change needs a sign-in.
 */
public abstract class BallotTool<S extends BallotSettings.Typed> implements Tool, SecurityRules {
    private final String id;
    private final Set<Phase> phases;
    private final Set<Level> levels;
    private final Map<String, Set<MemberRole>> actions;
    private final List<String> readable;
    private final Class<S> settingsType;

    /**
     * @param voters the roles the tool binds to "vote"
     * @param readable the pages, under an instance's path, readable without signing in ("" for the tool's page)
     * @param settingsType the tool's settings form, bound from the request of the shared settings route
     */
    protected BallotTool(
            String id,
            Set<Phase> phases,
            Set<Level> levels,
            Set<MemberRole> voters,
            List<String> readable,
            Class<S> settingsType) {
        this.settingsType = settingsType;
        this.id = id;
        this.phases = Set.copyOf(phases);
        this.levels = Set.copyOf(levels);
        this.actions = Map.of(
                Voters.VOTE, Set.copyOf(voters), Voters.MANAGE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR));
        this.readable = List.copyOf(readable);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String nameKey() {
        return id + ".name";
    }

    @Override
    public Set<Phase> phases() {
        return phases;
    }

    @Override
    public Set<Level> levels() {
        return levels;
    }

    @Override
    public Map<String, Set<MemberRole>> actions() {
        return actions;
    }

    @Override
    public String path(ToolInstance instance) {
        return "/" + id + "/" + instance.id();
    }

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        var pages =
                readable.stream().map(page -> "/" + id + "/{id:\\d+}" + page).toArray(String[]::new);
        routes.requestMatchers(HttpMethod.GET, pages).permitAll();
    }

    /** The tool's settings form, as the shared settings route binds it. */
    public final Class<S> settingsType() {
        return settingsType;
    }

    /**
     * The facilitators' page, opened with {@link ManagePage#open} (only for those who manage): {@code settings} as typed, or null for the stored
     * ones; {@code errors} of a refused change, or null.
     */
    public abstract String managePage(ToolAccess access, Model model, S settings, BindingResult errors);

    /** What facilitators do with the tool's ballots, for the shared manage page. */
    public abstract Facilitating<S> facilitating();
}
