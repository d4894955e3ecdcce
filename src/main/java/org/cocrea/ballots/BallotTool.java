package org.cocrea.ballots;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolAccess;
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
public abstract class BallotTool extends DeclaredTool implements SecurityRules {
    private final List<String> readable;
    private final List<String> settings;

    /**
     * @param voters the roles the tool binds to "vote"
     * @param readable the pages, under an instance's path, readable without signing in ("" for the tool's page)
     * @param settings the tool's own settings, the fields of its {@link SettingsForm} besides the shared
     *     {@link BallotSettings#NAMES}, bound from the request of the shared settings route
     * @param exports the tool's exports, as {@link DeclaredTool} declares them
     */
    protected BallotTool(
            String id,
            Set<Phase> phases,
            Set<Level> levels,
            Set<MemberRole> voters,
            List<String> readable,
            List<String> settings,
            String... exports) {
        super(
                id,
                phases,
                levels,
                Map.of(
                        Voters.VOTE,
                        Set.copyOf(voters),
                        Voters.MANAGE,
                        EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR)),
                exports);
        this.readable = List.copyOf(readable);
        this.settings = form(settings);
    }

    /** The fields of a ballot tool's settings form: the tool's own settings, then the shared ones. */
    protected static List<String> form(List<String> own) {
        var all = new java.util.ArrayList<>(own);
        all.addAll(BallotSettings.NAMES);
        return List.copyOf(all);
    }

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        var pages =
                readable.stream().map(page -> "/" + id() + "/{id:\\d+}" + page).toArray(String[]::new);
        routes.requestMatchers(HttpMethod.GET, pages).permitAll();
    }

    /** The names of the tool's settings, its own and the shared ones: the fields of its {@link SettingsForm}. */
    public final List<String> settings() {
        return settings;
    }

    /**
     * The facilitators' page, opened with {@link ManagePage#open} (only for those who manage): {@code settings} as typed, or null for the stored
     * ones; {@code errors} of a refused change, or null.
     */
    public abstract String managePage(ToolAccess access, Model model, SettingsForm settings, BindingResult errors);

    /** What facilitators do with the tool's ballots, for the shared manage page. */
    public abstract Facilitating facilitating();
}
