package app.tandem.persona;

/** A free demographic fact of a persona, such as "Age: 32" or "Occupation: gig worker". */
public record Fact(String label, String value) {}
