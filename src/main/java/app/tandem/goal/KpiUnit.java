package app.tandem.goal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** What a KPI's values count. */
public enum KpiUnit {
    PERCENT("%", "Percent (%)"),
    COUNT("", "Count"),
    CURRENCY("", "Currency"),
    SCORE("", "Score");

    private final String suffix;
    private final String label;

    KpiUnit(String suffix, String label) {
        this.suffix = suffix;
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String suffix() {
        return suffix;
    }

    /** A value as people read it: {@code 4.2%}, {@code 1,250}, {@code 12,000.50}. */
    public String format(double value) {
        String pattern = this == CURRENCY ? "#,##0.00" : "#,##0.##";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value) + suffix;
    }
}
