package app.tandem.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.Api;
import app.tandem.TandemIT;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every controller method of the running application gets, on its first request, the validation
 * flags Spring would have given it as the server started ({@link HandlerChecksOnFirstUse}).
 */
class HandlerChecksOnFirstUseIT extends TandemIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    void everyControllerMethodGetsSpringsOwnValidationFlags() {
        assertThat(mapping).isInstanceOf(HandlerChecksOnFirstUse.Mapping.class);
        var registered = mapping.getHandlerMethods().values();
        assertThat(registered)
                .hasSizeGreaterThan(300)
                .allMatch(HandlerChecksOnFirstUse.CheckedOnFirstUse.class::isInstance);
        List<String> validated = new ArrayList<>();
        for (HandlerMethod method : registered) {
            HandlerMethod spring = new HandlerMethod(
                            (String) method.getBean(), context.getBeanFactory(), context, method.getMethod())
                    .createWithValidateFlags();
            HandlerMethod used = ((HandlerChecksOnFirstUse.CheckedOnFirstUse) method).checked();
            assertThat(used.shouldValidateArguments())
                    .as(method.toString())
                    .isEqualTo(spring.shouldValidateArguments());
            assertThat(used.shouldValidateReturnValue())
                    .as(method.toString())
                    .isEqualTo(spring.shouldValidateReturnValue());
            assertThat(used.getBean()).as(method.toString()).isSameAs(context.getBean((String) method.getBean()));
            assertThat(used.getResolvedFromHandlerMethod()).isSameAs(method);
            if (spring.shouldValidateArguments()) {
                validated.add(method.getShortLogMessage());
            }
        }
        // (so that the comparison means something: Tandem's own methods with constraints on parameters)
        assertThat(validated).anyMatch(m -> m.startsWith("app.tandem.insight.web.InsightApiController#similar"));
    }

    @Test
    void aParameterOutOfItsBoundsIsRefusedNamingIt() {
        long id = admin().get("/api/v1/workspaces/budgetly/insights?size=1")
                .json()
                .path("items")
                .path(0)
                .path("insight")
                .path("id")
                .asLong();
        Api.Response refused = admin().get("/api/v1/workspaces/budgetly/insights/" + id + "/similar?limit=51");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.field()).isEqualTo("limit");
        assertThat(admin().get("/api/v1/workspaces/budgetly/insights/" + id + "/similar?limit=50")
                        .status())
                .isEqualTo(200);
    }
}
