package app.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.ResolvableType;

class QuickTypeLookupsTest {

    interface Greeter<T> extends Consumer<T> {}

    static class TextGreeter implements Greeter<String> {
        @Override
        public void accept(String text) {}
    }

    static class NumberGreeters implements FactoryBean<Greeter<Integer>> {
        @Override
        public Greeter<Integer> getObject() {
            return number -> {};
        }

        @Override
        public Class<?> getObjectType() {
            return Greeter.class;
        }
    }

    static class Plain {}

    /** The same beans in Spring's factory and in Tandem's; a count of the definitions each reads. */
    private static <F extends DefaultListableBeanFactory> F withBeans(F factory) {
        factory.registerBeanDefinition("text", new RootBeanDefinition(TextGreeter.class));
        RootBeanDefinition numbers = new RootBeanDefinition(NumberGreeters.class);
        numbers.setTargetType(ResolvableType.forClassWithGenerics(
                FactoryBean.class, ResolvableType.forClassWithGenerics(Greeter.class, Integer.class)));
        factory.registerBeanDefinition("numbers", numbers);
        factory.registerBeanDefinition("plain", new RootBeanDefinition(Plain.class));
        RootBeanDefinition lazy = new RootBeanDefinition(TextGreeter.class);
        lazy.setScope(BeanDefinition.SCOPE_PROTOTYPE);
        factory.registerBeanDefinition("prototype", lazy);
        factory.freezeConfiguration();
        return factory;
    }

    static class Counting extends QuickTypeLookups {
        final AtomicInteger read = new AtomicInteger();

        @Override
        protected RootBeanDefinition getMergedLocalBeanDefinition(String beanName) {
            read.incrementAndGet();
            return super.getMergedLocalBeanDefinition(beanName);
        }
    }

    /**
     * As a context is when its look-ups run: its singletons are being made (a raw look-up, as
     * autowiring makes them, may make a factory bean to learn its product's type, and Spring's
     * answers to a generic look-up differ before and after).
     */
    @Test
    void answersAsSpringDoes() {
        DefaultListableBeanFactory spring = withBeans(new DefaultListableBeanFactory());
        QuickTypeLookups tandem = withBeans(new QuickTypeLookups());
        spring.preInstantiateSingletons();
        tandem.preInstantiateSingletons();
        List<ResolvableType> types = List.of(
                ResolvableType.forClassWithGenerics(Greeter.class, String.class),
                ResolvableType.forClassWithGenerics(Greeter.class, Integer.class),
                ResolvableType.forClassWithGenerics(Greeter.class, Long.class),
                ResolvableType.forClassWithGenerics(Consumer.class, String.class),
                ResolvableType.forClassWithGenerics(Supplier.class, String.class),
                ResolvableType.forClassWithGenerics(List.class, String.class),
                ResolvableType.forClass(Greeter.class),
                ResolvableType.forClass(Plain.class),
                ResolvableType.forClass(Object.class));
        for (ResolvableType type : types) {
            for (boolean nonSingletons : new boolean[] {true, false}) {
                for (boolean eager : new boolean[] {true, false}) {
                    assertThat(tandem.getBeanNamesForType(type, nonSingletons, eager))
                            .as("%s, non-singletons %s, eager %s", type, nonSingletons, eager)
                            .containsExactly(spring.getBeanNamesForType(type, nonSingletons, eager));
                }
            }
        }
        assertThat(tandem.getBeanNamesForType(types.get(0))).contains("text", "prototype");
        assertThat(tandem.getBeanNamesForType(types.get(1))).containsExactly("numbers");
        assertThat(tandem.getBeanNamesForType(types.get(4))).isEmpty();
    }

    @Test
    void aGenericTypeNoBeanHasIsAnsweredWithoutReadingTheDefinitions() {
        Counting tandem = withBeans(new Counting());
        ResolvableType none = ResolvableType.forClassWithGenerics(Supplier.class, String.class);
        tandem.getBeanNamesForType(Supplier.class); // (Spring's cache of raw types, as a start fills it)
        tandem.read.set(0);
        assertThat(tandem.getBeanNamesForType(none)).isEmpty();
        assertThat(tandem.read).as("definitions read").hasValue(0);

        ResolvableType some = ResolvableType.forClassWithGenerics(Greeter.class, String.class);
        assertThat(tandem.getBeanNamesForType(some)).containsExactly("text", "prototype");
        assertThat(tandem.read).as("definitions read for a type some bean has").hasPositiveValue();
    }
}
