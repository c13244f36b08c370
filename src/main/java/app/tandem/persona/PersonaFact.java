package app.tandem.persona;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
class PersonaFact {

    private String label;

    @Column(name = "fact_value")
    private String value;

    protected PersonaFact() {
        this.label = "";
        this.value = "";
    }

    PersonaFact(String label, String value) {
        this.label = label;
        this.value = value;
    }

    Fact view() {
        return new Fact(label, value);
    }
}
