package app.tandem.workspace.internal;

import app.tandem.workspace.Involvement;
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
import org.jspecify.annotations.Nullable;

/** A person in a team, leading or executing the work. */
@Entity
@Table(name = "team_members")
class TeamMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_members_seq")
    @SequenceGenerator(name = "team_members_seq", sequenceName = "team_members_seq", allocationSize = 50)
    private @Nullable Long id;

    @Column(name = "user_id")
    private long userId;

    @Enumerated(EnumType.STRING)
    private Involvement involvement;

    @Version
    private long version;

    protected TeamMember() {
        this.involvement = Involvement.EXECUTES;
    }

    TeamMember(long userId, Involvement involvement) {
        this.userId = userId;
        this.involvement = involvement;
    }

    long userId() {
        return userId;
    }

    Involvement involvement() {
        return involvement;
    }

    void involve(Involvement newInvolvement) {
        this.involvement = newInvolvement;
    }
}
