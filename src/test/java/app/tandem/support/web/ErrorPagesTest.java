package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import tools.jackson.databind.json.JsonMapper;

/** What the error path answers for API requests whose error no controller handled (a filter's, say). */
class ErrorPagesTest {

    private final ErrorPages pages = new ErrorPages(
            new DefaultErrorAttributes(),
            new WebProperties(),
            List.of(),
            JsonMapper.builder().build(),
            new org.springframework.beans.factory.support.StaticListableBeanFactory()
                    .getBeanProvider(app.tandem.support.PageLayout.class));

    @Test
    void aConflictThrownByAFilterIsA409ProblemNotA500() {
        ResponseEntity<Map<String, Object>> answer =
                pages.error(failed("/api/v1/me", new ObjectOptimisticLockingFailureException("ApiToken", 7L)));
        assertThat(answer.getStatusCode().value()).isEqualTo(409);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(answer.getBody())
                .containsEntry("type", "/problems/concurrent-change")
                .containsEntry("status", 409);
        assertThat((String) answer.getBody().get("detail")).contains("Reload and try again");
    }

    @Test
    void anythingElseIsA500ProblemThatRevealsNothing() {
        ResponseEntity<Map<String, Object>> answer =
                pages.error(failed("/api/v1/workspaces", new IllegalStateException("password=hunter2 at Foo.java:12")));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody())
                .containsEntry("type", "/problems/internal-error")
                .doesNotContainKey("trace")
                .doesNotContainKey("exception");
        assertThat(answer.getBody().toString()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
    }

    @Test
    void pagesKeepSpringBootsErrorAnswer() {
        ResponseEntity<Map<String, Object>> answer = pages.error(failed("/w/budgetly", new IllegalStateException()));
        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody()).containsKey("timestamp").doesNotContainKey("type");
    }

    private static MockHttpServletRequest failed(String path, Exception e) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
        return request;
    }
}
