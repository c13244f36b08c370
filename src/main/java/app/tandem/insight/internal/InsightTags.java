package app.tandem.insight.internal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An insight's tags as they are stored in its row ({@code insights.tags}, 1,300 characters):
 * separated by single spaces. A tag never holds a space ({@link Insight#normalizeTags} makes runs
 * of white space into a hyphen), has at most 60 characters, and an insight at most 20. The order
 * means nothing (a change of order alone is not saved: the sets are equal).
 */
@Converter
public class InsightTags implements AttributeConverter<Set<String>, String> {

    static final String SEPARATOR = " ";

    @Override
    public String convertToDatabaseColumn(@Nullable Set<String> tags) {
        return tags == null ? "" : stored(tags);
    }

    @Override
    public Set<String> convertToEntityAttribute(@Nullable String stored) {
        return stored == null ? new LinkedHashSet<>() : parse(stored);
    }

    /** The stored form of these tags. */
    public static String stored(Collection<String> tags) {
        return String.join(SEPARATOR, tags);
    }

    /** The tags in their stored form, in their order. */
    static Set<String> parse(String stored) {
        return stored.isEmpty() ? new LinkedHashSet<>() : new LinkedHashSet<>(Arrays.asList(stored.split(SEPARATOR)));
    }
}
