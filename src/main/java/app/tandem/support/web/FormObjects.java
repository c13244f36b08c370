package app.tandem.support.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.ui.ModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * A form shown again after a value that does not convert ({@code itTeam=abc}, a date that is no
 * date) keeps its form object in the model. A form is a record bound through its constructor; when
 * a field fails to convert, Spring MVC makes the record (that field null) and passes it to the
 * controller, but the model it renders gets the binding result's target, which is null because the
 * result was made before the record. A page that reads the form outside {@code th:field} (a
 * checkbox's {@code th:checked="*{itTeam}"}, a list of rows) then failed with a 500 instead of
 * showing the error beside its field, and so did a controller adding an error of its own with
 * {@code rejectValue} (it reads the field from the null target). This puts the record the
 * controller got in the model, with a binding result on it that holds the same errors.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FormObjects {

    @Bean
    static BeanPostProcessor formObjectsKept() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
                    List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
                    for (HandlerMethodArgumentResolver resolver : adapter.getArgumentResolvers()) {
                        resolvers.add(
                                resolver instanceof ModelAttributeMethodProcessor forms ? new Kept(forms) : resolver);
                    }
                    adapter.setArgumentResolvers(resolvers);
                }
                return bean;
            }
        };
    }

    /** Spring's own resolver of form objects, then the object it resolved put in the model where null. */
    record Kept(ModelAttributeMethodProcessor forms) implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return forms.supportsParameter(parameter);
        }

        @Override
        public @Nullable Object resolveArgument(
                MethodParameter parameter,
                @Nullable ModelAndViewContainer mav,
                NativeWebRequest request,
                @Nullable WebDataBinderFactory binders)
                throws Exception {
            Object form = forms.resolveArgument(parameter, mav, request, binders);
            if (mav != null && form != null && !(form instanceof Optional)) {
                String name = ModelFactory.getNameForParameter(parameter);
                String key = BindingResult.MODEL_KEY_PREFIX + name;
                ModelMap model = mav.getModel();
                if (model.get(key) instanceof BindingResult made && made.getTarget() == null) {
                    // the errors kept, on a result that has the record: the controller's own rejectValue
                    // reads the field from it (on the null target it failed), and the page shows it
                    BeanPropertyBindingResult kept = new BeanPropertyBindingResult(form, name);
                    kept.addAllErrors(made);
                    // (the model drops a binding result whose target is not the new value: the kept one
                    // goes in last, where the BindingResult argument after the form looks for it)
                    model.put(name, form);
                    model.remove(key);
                    model.put(key, kept);
                }
            }
            return form;
        }
    }
}
