package app.tandem.insight.importing;

/**
 * What an import tells while it works, for progress bars (the upload page, the command line). The
 * first pass checks every row and knows only how far into the file it is; the second saves the good
 * rows and knows how many there are; then the index is written.
 */
public interface ImportProgress {

    /** Nothing to tell. */
    ImportProgress NONE = new ImportProgress() {};

    /** First pass: {@code rows} checked so far, {@code fileShare} of the file read (0 to 1). */
    default void checking(long rows, double fileShare) {}

    /** Second pass: {@code done} of the {@code goodRows} saved or skipped as imported before. */
    default void saving(long done, long goodRows) {}

    /** The rows are saved; the search index is being written. */
    default void indexing() {}
}
