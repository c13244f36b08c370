package app.tandem.meeting.internal;

import app.tandem.meeting.agenda.AgendaEntry;
import app.tandem.meeting.agenda.AgendaSection;
import app.tandem.meeting.rules.AgendaMerge;
import app.tandem.support.ConcurrentChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One item of a check-in's agenda: generated from an {@link AgendaEntry} (then {@link #key()} says
 * which, so regenerating finds it again) or added by a person ({@link #addedBy()}). A removed item is
 * kept, marked removed, so regenerating does not bring it back.
 */
@Entity
@Table(name = "check_in_agenda_items")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_agenda_items_seq")
    @SequenceGenerator(
            name = "check_in_agenda_items_seq",
            sequenceName = "check_in_agenda_items_seq",
            allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "check_in_id")
    private long checkInId;

    @Enumerated(EnumType.STRING)
    private AgendaSection section;

    private String title;

    private @Nullable String detail;

    private @Nullable String path;

    @Column(name = "team_id")
    private @Nullable Long teamId;

    private int position;

    @Column(name = "added_by")
    private @Nullable Long addedBy;

    @Column(name = "entry_key")
    private @Nullable String key;

    private boolean removed;

    private @Nullable String notes;

    /** Moved by a change of the notes only: what a note-taker started from (the item's version moves with any change). */
    @Column(name = "notes_version")
    private long notesVersion;

    @Version
    private long version;

    protected AgendaItem() {
        this.section = AgendaSection.ADDED;
        this.title = "";
    }

    /** Generated from {@code entry}. */
    public static AgendaItem generated(long checkInId, AgendaEntry entry, int position) {
        AgendaItem item = new AgendaItem();
        item.checkInId = checkInId;
        item.key = AgendaMerge.key(entry);
        item.position = position;
        item.refresh(entry);
        return item;
    }

    /** Added by a person. */
    public static AgendaItem added(long checkInId, String title, @Nullable String detail, long by, int position) {
        AgendaItem item = new AgendaItem();
        item.checkInId = checkInId;
        item.section = AgendaSection.ADDED;
        item.title = title;
        item.detail = detail;
        item.addedBy = by;
        item.position = position;
        return item;
    }

    /**
     * Takes the fresh entry's title, detail, link and team, and its key, so the next generation
     * compares with what the item now says.
     */
    public void refresh(AgendaEntry entry) {
        this.key = AgendaMerge.key(entry);
        this.section = entry.section();
        this.title = clip(entry.title(), 300);
        this.detail = entry.detail() == null ? null : clip(entry.detail(), 1000);
        this.path = entry.path() == null || entry.path().length() > 500 ? null : entry.path();
        this.teamId = entry.teamId();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public void remove() {
        this.removed = true;
    }

    /**
     * Keeps {@code notes} as the notes, for a person who started from the notes' version {@code
     * startedFrom}; when someone else saved other notes since, nothing changes and the answer is a
     * concurrent change. Saving the same notes again changes nothing.
     */
    public void note(@Nullable String notes, long startedFrom) {
        ConcurrentChange.check("the notes on this agenda item", startedFrom, notesVersion);
        String kept = notes == null || notes.isBlank() ? null : notes.strip();
        if (!Objects.equals(kept, this.notes)) {
            this.notes = kept;
            this.notesVersion++;
        }
    }

    public long notesVersion() {
        return notesVersion;
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long checkInId() {
        return checkInId;
    }

    public AgendaSection section() {
        return section;
    }

    public String title() {
        return title;
    }

    public @Nullable String detail() {
        return detail;
    }

    public @Nullable String path() {
        return path;
    }

    public @Nullable Long teamId() {
        return teamId;
    }

    public int position() {
        return position;
    }

    public @Nullable Long addedBy() {
        return addedBy;
    }

    public @Nullable String key() {
        return key;
    }

    public boolean removed() {
        return removed;
    }

    public @Nullable String notes() {
        return notes;
    }

    public long version() {
        return version;
    }
}
