package app.tandem.meeting.internal;

import app.tandem.meeting.ActionItemState;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Something to do after a check-in: what, who (a member), by when, and whether it is done. */
@Entity
@Table(name = "check_in_action_items")
public class ActionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "check_in_action_items_seq")
    @SequenceGenerator(
            name = "check_in_action_items_seq",
            sequenceName = "check_in_action_items_seq",
            allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "workspace_id")
    private long workspaceId;

    @Column(name = "check_in_id")
    private long checkInId;

    private String text;

    @Column(name = "owner_user_id")
    private long ownerUserId;

    @Column(name = "due_date")
    private @Nullable LocalDate due;

    @Enumerated(EnumType.STRING)
    private ActionItemState state;

    @Column(name = "created_at")
    private Instant createdAt;

    @Version
    private long version;

    protected ActionItem() {
        this.text = "";
        this.state = ActionItemState.OPEN;
        this.createdAt = Instant.EPOCH;
    }

    public ActionItem(long workspaceId, long checkInId, Instant now) {
        this();
        this.workspaceId = workspaceId;
        this.checkInId = checkInId;
        this.createdAt = now;
    }

    /** Takes what the service checked; answers whether the owner is new (so they are told). */
    public boolean define(String text, long ownerUserId, @Nullable LocalDate due, ActionItemState state) {
        boolean newOwner = this.ownerUserId != ownerUserId;
        this.text = text;
        this.ownerUserId = ownerUserId;
        this.due = due;
        this.state = state;
        return newOwner;
    }

    public boolean overdue(LocalDate today) {
        return state == ActionItemState.OPEN && due != null && due.isBefore(today);
    }

    public long id() {
        return Objects.requireNonNull(id, "not saved yet");
    }

    public long workspaceId() {
        return workspaceId;
    }

    public long checkInId() {
        return checkInId;
    }

    public String text() {
        return text;
    }

    public long ownerUserId() {
        return ownerUserId;
    }

    public @Nullable LocalDate due() {
        return due;
    }

    public ActionItemState state() {
        return state;
    }

    public long version() {
        return version;
    }
}
