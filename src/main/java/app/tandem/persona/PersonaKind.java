package app.tandem.persona;

/** Whose persona it is: one team's ({@code TEAM}) or everyone's ({@code SHARED}). */
public enum PersonaKind {
    TEAM,
    SHARED
}
