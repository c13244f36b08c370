package app.tandem.support.web;

import app.tandem.support.DomainException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Domain errors in the browser UI: an error page that says what happened and where to go. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class UiErrorHandler {

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, HttpServletResponse response, Model model) {
        response.setStatus(e.kind().status());
        model.addAttribute("status", e.kind().status());
        model.addAttribute("error", e.kind().title());
        model.addAttribute("message", e.getMessage());
        return "error";
    }
}
