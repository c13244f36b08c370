package app.tandem.support.persistence;

import java.util.Map;
import org.hibernate.bytecode.internal.none.BytecodeProviderImpl;
import org.hibernate.cfg.BytecodeSettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives the class transformer Hibernate offers for run-time enhancement the "none" bytecode
 * provider, as {@link NoEntityProxies} gives it to the rest of Hibernate. Hibernate makes that
 * transformer at every start, though Spring never installs it (no load-time weaver: "ignoring JPA
 * class transformer"), and without a provider of its own the transformer built Byte Buddy's: 544
 * classes loaded and initialised for nothing on the start's main thread.
 */
@Component
class NoEnhancementProvider implements HibernatePropertiesCustomizer {

    @Override
    public void customize(Map<String, Object> hibernate) {
        hibernate.put(BytecodeSettings.BYTECODE_PROVIDER_INSTANCE, new BytecodeProviderImpl());
    }
}
