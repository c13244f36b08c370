package app.tandem.support.web;

import app.tandem.support.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The pages the problem types of the API lead to: {@code /problems} lists them, {@code
 * /problems/{code}} says what one means and what to do (RFC 9457: a type's address should explain
 * it). Open to whom the API's documentation is ({@code tandem.operations.public-api-docs}).
 */
@Controller
class ProblemTypesController {

    private final ProblemTypes types;

    ProblemTypesController(ProblemTypes types) {
        this.types = types;
    }

    /** A problem type Tandem never answers: the 404 page. */
    static final class ProblemTypeNotFound extends DomainException {
        ProblemTypeNotFound(String code) {
            super(
                    Kind.NOT_FOUND,
                    "Tandem answers no problem of the type '"
                            + (code.length() > 60 ? code.substring(0, 60) + "…" : code)
                            + "'. See the list at /problems.");
        }
    }

    @GetMapping("/problems")
    String all(Model model) {
        model.addAttribute("types", types.all());
        return "problems";
    }

    @GetMapping("/problems/{code}")
    String one(@PathVariable String code, Model model) {
        model.addAttribute("type", types.find(code).orElseThrow(() -> new ProblemTypeNotFound(code)));
        return "problem";
    }
}
