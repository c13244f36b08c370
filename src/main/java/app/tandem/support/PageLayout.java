package app.tandem.support;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;

/**
 * What the layout of every page needs (the signed-in person, their workspaces, the navigation), for
 * a page made outside a controller's own model: an error page. Without it a 403 or a 404 showed the
 * logo alone, with no way to "My work", another workspace or signing out (a browser walk, December
 * 2026). The workspace module gives it (the pages' {@code LayoutModel}).
 */
public interface PageLayout {

    /** Adds the layout's attributes for the person signed in, if anyone is, to {@code model}. */
    void addTo(HttpServletRequest request, Model model);
}
