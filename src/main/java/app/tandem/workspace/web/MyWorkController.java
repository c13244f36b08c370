package app.tandem.workspace.web;

import app.tandem.identity.TandemPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My work": the page of what needs the signed-in person. */
@Controller
class MyWorkController {

    private final MyWork work;

    MyWorkController(MyWork work) {
        this.work = work;
    }

    @GetMapping("/me/work")
    String page(@AuthenticationPrincipal TandemPrincipal me, Model model) {
        model.addAttribute("inbox", work.of(me.id(), 50));
        return "workspace/my-work";
    }
}
