package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import app.tandem.support.Navigation;
import app.tandem.support.PageLayout;
import app.tandem.workspace.WorkspaceContext;
import app.tandem.workspace.internal.WorkspaceAdministration;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.context.LazyContextVariable;

/**
 * What the layout of every page needs: the signed-in person, their workspaces for the switcher,
 * and the navigation with the section the page belongs to ({@code currentSection}, the path of its
 * navigation entry, for {@code aria-current}) and the page's path ({@code currentPath}, for the
 * account links), and {@code teamColours}: each team's colour class by its name ({@link TeamColours}),
 * read only when a page uses it, and {@code myWorkCount}: how many open items the person has in
 * "My work" ({@link MyWork}). Pages of a workspace add {@code workspace} themselves.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel implements PageLayout {

    /** A workspace's page: {@code /w/{slug}} and what follows it. */
    private static final Pattern IN_WORKSPACE = Pattern.compile("/w/[^/]+/?(.*)");

    private final WorkspaceAdministration administration;
    private final Navigation navigation;
    private final ObjectProvider<MyWork> work;

    /** {@code work} is absent only in MVC slice tests, which draw no count. */
    LayoutModel(WorkspaceAdministration administration, Navigation navigation, ObjectProvider<MyWork> work) {
        this.administration = administration;
        this.navigation = navigation;
        this.work = work;
    }

    /** The same for an error page ({@link PageLayout}): the person from the security context. */
    @Override
    public void addTo(HttpServletRequest request, Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TandemPrincipal me) {
            header(request, me, model);
        }
    }

    @ModelAttribute
    void layout(HttpServletRequest request, @AuthenticationPrincipal @Nullable TandemPrincipal me, Model model) {
        if (me == null || request.getRequestURI().startsWith("/api/")) {
            return;
        }
        header(request, me, model);
        model.addAttribute("myWorkCount", new LazyContextVariable<Long>() {
            @Override
            protected @Nullable Long loadValue() {
                MyWork inbox = work.getIfAvailable();
                return inbox == null ? null : inbox.count(me.id());
            }
        });
        model.addAttribute("teamColours", new LazyContextVariable<Map<String, String>>() {
            @Override
            protected Map<String, String> loadValue() {
                return model.getAttribute("workspace") instanceof WorkspaceContext workspace
                        ? TeamColours.of(administration.teamNames(workspace))
                        : Map.of();
            }
        });
    }

    /**
     * The header's part: the person, their workspaces, the navigation and where the page is. An
     * error page gets this alone: "My work"'s count is a query over every workspace, and an error
     * page is often one of many a client or a crawler is refused.
     */
    private void header(HttpServletRequest request, TandemPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("myWorkspaces", administration.allMine(me.id()));
        model.addAttribute("navigation", navigation.entries());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        model.addAttribute("currentPath", path);
        Matcher inWorkspace = IN_WORKSPACE.matcher(path);
        if (inWorkspace.matches()) {
            model.addAttribute("currentSection", navigation.sectionOf(inWorkspace.group(1)));
        }
    }
}
