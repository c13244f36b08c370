package app.tandem.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class PagingTest {

    private final Paging paging = new Paging(new PagingProperties(20, 100));

    @Test
    void noPageOrSizeIsTheFirstPageOfTheDefaultSize() {
        Pageable first = paging.of(null, null, Sort.unsorted());
        assertThat(first.getPageNumber()).isZero();
        assertThat(first.getPageSize()).isEqualTo(20);
    }

    @Test
    void aPageFarBeyondAnyListIsRefusedNamingPage() {
        assertThatThrownBy(() -> paging.of(Integer.MAX_VALUE, null, Sort.unsorted()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("page"))
                .hasMessage("page must be between 0 and 100000");
        assertThatThrownBy(() -> paging.of(100_001, 100, Sort.unsorted())).isInstanceOf(InvalidInput.class);
    }

    @Test
    void theLastPageAllowedStillFitsTheDatabasesOffsets() {
        Pageable last = paging.of(100_000, 100, Sort.unsorted());
        assertThat(last.getOffset()).isLessThan(Integer.MAX_VALUE);
    }

    @Test
    void aLargerMaximumSizeLowersTheLastPage() {
        Paging huge = new Paging(new PagingProperties(20, 100_000));
        assertThatThrownBy(() -> huge.of(100_000, 100_000, Sort.unsorted()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("page"));
    }

    @Test
    void aNegativePageOrAWrongSizeIsRefusedNamingTheField() {
        assertThatThrownBy(() -> paging.of(-1, null, Sort.unsorted()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("page"));
        assertThatThrownBy(() -> paging.of(0, 101, Sort.unsorted()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("size"));
    }
}
