package app.tandem.support;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** Turns {@code page} and {@code size} request parameters into a checked {@link Pageable}. */
@Component
public class Paging {

    /**
     * The last page a list serves (counting from 0): 10,000,000 items at the largest default size,
     * more than any list holds. Databases and Lucene take the first item's position as an
     * {@code int}, so a page further on (say 2,147,483,647) would overflow it; it is refused, naming
     * {@code page}. A larger {@code tandem.paging.max-size} lowers the last page so that its first
     * item still fits.
     */
    public static final int MAX_PAGE = 100_000;

    private final PagingProperties properties;

    Paging(PagingProperties properties) {
        this.properties = properties;
    }

    public Pageable of(@Nullable Integer page, @Nullable Integer size, Sort sort) {
        int p = page == null ? 0 : page;
        int s = size == null ? properties.defaultSize() : size;
        if (s < 1 || s > properties.maxSize()) {
            throw new InvalidInput("size", "size must be between 1 and " + properties.maxSize());
        }
        int last = lastPage(s);
        if (p < 0 || p > last) {
            throw new InvalidInput("page", "page must be between 0 and " + last);
        }
        return PageRequest.of(p, s, sort);
    }

    /** The last page of {@code size} items whose items all have an {@code int} position. */
    static int lastPage(int size) {
        return (int) Math.min(MAX_PAGE, (long) Integer.MAX_VALUE / size - 1);
    }

    public int maxSize() {
        return properties.maxSize();
    }
}
