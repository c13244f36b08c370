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

    /**
     * A change of a value as people read it, with its sign: {@code +2 points} for a percentage (points,
     * not a per cent of the value), {@code -1,250}, {@code +0.5}.
     */
    public String formatChange(double change) {
        String sign = change > 0 ? "+" : change < 0 ? "-" : "";
        double size = Math.abs(change);
        if (this == PERCENT) {
            return sign + COUNT.format(size) + (size == 1 ? " point" : " points");
        }
        return sign + format(size);
    }
}
