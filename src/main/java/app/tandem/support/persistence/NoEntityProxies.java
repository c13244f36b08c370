package app.tandem.support.persistence;

import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.bytecode.internal.none.BytecodeProviderImpl;
import org.hibernate.bytecode.spi.BytecodeProvider;
import org.hibernate.service.spi.ServiceContributor;

/**
 * Hibernate without proxy classes: its "none" bytecode provider, registered through {@code
 * META-INF/services}. Tandem's entities refer to each other by id only (no {@code @ManyToOne} or
 * {@code @OneToOne}, never {@code getReference}), so the lazy-loading proxy class Hibernate would
 * otherwise generate with Byte Buddy for each entity at every start is never used: skipping them
 * makes the start about 0.15 s shorter on 2 cores. {@code EntitiesWithoutProxiesTest} keeps the
 * model that way; an entity that needed a proxy would fail loudly at its first load ("Generation of
 * HibernateProxy instances at runtime is not allowed"), never silently.
 */
public final class NoEntityProxies implements ServiceContributor {

    @Override
    public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
        serviceRegistryBuilder.addService(BytecodeProvider.class, new BytecodeProviderImpl());
    }
}
