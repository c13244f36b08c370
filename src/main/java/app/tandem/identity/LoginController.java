package app.tandem.identity;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object email = session.getAttribute(SecurityConfiguration.LAST_EMAIL);
        session.removeAttribute(SecurityConfiguration.LAST_EMAIL);
        model.addAttribute("email", email == null ? "" : email);
        return "login";
    }
}
