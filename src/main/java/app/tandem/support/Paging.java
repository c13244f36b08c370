package app.tandem.support;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Turns {@code page} and {@code size} request parameters into a checked {@link Pageable}. */
@Component
public class Paging {

    private final PagingProperties properties;

    Paging(PagingProperties properties) {
        this.properties = properties;
    }

    public Pageable of(@Nullable Integer page, @Nullable Integer size, Sort sort) {
        int p = page == null ? 0 : page;
        int s = size == null ? properties.defaultSize() : size;
        if (p < 0) {
            throw new InvalidInput("page", "page must be 0 or more");
        }
        if (s < 1 || s > properties.maxSize()) {
            throw new InvalidInput("size", "size must be between 1 and " + properties.maxSize());
        }
        return PageRequest.of(p, s, sort);
    }

    public int maxSize() {
        return properties.maxSize();
    }
}
