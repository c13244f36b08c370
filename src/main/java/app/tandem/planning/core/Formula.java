package app.tandem.planning.core;

import com.ezylang.evalex.BaseException;
import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.config.FunctionDictionaryIfc;
import com.ezylang.evalex.config.MapBasedFunctionDictionary;
import com.ezylang.evalex.config.MapBasedOperatorDictionary;
import com.ezylang.evalex.config.OperatorDictionaryIfc;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.AbstractFunction;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.FunctionParameter;
import com.ezylang.evalex.functions.basic.AbsFunction;
import com.ezylang.evalex.functions.basic.AverageFunction;
import com.ezylang.evalex.functions.basic.IfFunction;
import com.ezylang.evalex.functions.basic.Log10Function;
import com.ezylang.evalex.functions.basic.LogFunction;
import com.ezylang.evalex.functions.basic.MaxFunction;
import com.ezylang.evalex.functions.basic.MinFunction;
import com.ezylang.evalex.functions.basic.NotFunction;
import com.ezylang.evalex.functions.basic.SumFunction;
import com.ezylang.evalex.operators.AbstractOperator;
import com.ezylang.evalex.operators.InfixOperator;
import com.ezylang.evalex.operators.OperatorIfc;
import com.ezylang.evalex.operators.arithmetic.InfixDivisionOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.InfixMultiplicationOperator;
import com.ezylang.evalex.operators.arithmetic.InfixPlusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixMinusOperator;
import com.ezylang.evalex.operators.arithmetic.PrefixPlusOperator;
import com.ezylang.evalex.operators.booleans.InfixAndOperator;
import com.ezylang.evalex.operators.booleans.InfixEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixGreaterEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixGreaterOperator;
import com.ezylang.evalex.operators.booleans.InfixLessEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixLessOperator;
import com.ezylang.evalex.operators.booleans.InfixNotEqualsOperator;
import com.ezylang.evalex.operators.booleans.InfixOrOperator;
import com.ezylang.evalex.operators.booleans.PrefixNotOperator;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A custom scoring formula over the named {@link #FIELDS} of an initiative, e.g. {@code goalValue *
 * confidence / MAX(1, effort)}, parsed once and evaluated per initiative by EvalEx, an expression
 * evaluator with no access to Java (no classes, methods or properties can be named in a formula).
 *
 * <p>A formula has at most {@value #MAX_LENGTH} characters and may use numbers, the fields
 * (case-insensitive), the constants {@code TRUE}, {@code FALSE}, {@code PI} and {@code E}, the operators
 * {@code + - * / % ^ ( )}, comparisons ({@code = == != <> < <= > >=}, {@code && || !}) and only the
 * {@link #FUNCTIONS}; EvalEx's other functions are left out because they can be made costly
 * ({@code FACT}, {@code ROUND} to a billion places), change between runs ({@code RANDOM},
 * {@code DT_NOW}, {@code DT_TODAY}, so scores would not be absolute), or work on text and dates no
 * field has. Arithmetic keeps 16 significant digits (IEEE 754 decimal64), and so that no formula can
 * make EvalEx write out numbers of thousands of digits, {@code ^}, {@code %}, {@code SQRT},
 * {@code FLOOR} and {@code CEILING} are computed in double precision (a result beyond it scores 0)
 * and a number written in the formula is at most {@value #MAX_LITERAL} in size. Arrays, structures and implicit multiplication
 * ({@code 2(goalValue)}) are off. A formula that does not parse, names an unknown field or function,
 * or is too long is refused with a {@link FormulaInvalid} naming the 1-based character position.
 *
 * <p>Evaluation never throws: a division by zero, a negative square root, an overflow, a result that
 * is not a number (text or true/false) or not finite gives that initiative a score of 0 and says why.
 * Instances are immutable and thread-safe.
 */
public final class Formula {

    public static final int MAX_LENGTH = 500;
    /** The largest number a formula may write (and the smallest above 0 is its inverse). */
    public static final double MAX_LITERAL = 1e15;

    /** A field a formula may name, and what it holds, for the settings page. */
    public record Field(String name, String meaning) {}

    /** Every field a formula may name, in the order the UI lists them. */
    public static final List<Field> FIELDS = List.of(
            new Field(
                    "goalValue",
                    "Goal value: Σ over goals served of weight × share of the KPI gap × KPI health factor"
                            + " (as in goal contribution)"),
            new Field("userValue", "User value: 0.1 × Σ importance × strength, helped + and hurt −"),
            new Field("confidence", "Confidence: 0.5 low, 0.8 medium, 1 high"),
            new Field("effort", "Total effort in person-weeks over all teams (0 when none is set)"),
            new Field("reach", "Users reached by the insights behind it"),
            new Field("insights", "Number of insights behind it"),
            new Field("weight", "Weight (1–5) of the heaviest business goal it serves, 0 for none"),
            new Field("dependants", "Open initiatives that depend on it"),
            new Field("offTrack", "KPIs it serves that are off track"),
            new Field("atRisk", "KPIs it serves that are at risk"),
            new Field("monetisation", "1 for monetisation work, else 0"),
            new Field("infrastructure", "1 for infrastructure work, else 0"));

    /** The functions a formula may call. */
    public static final List<String> FUNCTIONS =
            List.of("ABS", "AVERAGE", "CEILING", "FLOOR", "IF", "LOG", "LOG10", "MAX", "MIN", "NOT", "SQRT", "SUM");

    private static final ExpressionConfiguration CONFIGURATION = configuration();

    private final String text;
    private final Expression parsed;
    private final List<String> fields;

    private Formula(String text, Expression parsed, List<String> fields) {
        this.text = text;
        this.parsed = parsed;
        this.fields = List.copyOf(fields);
    }

    /**
     * Parses and checks a formula.
     *
     * @throws FormulaInvalid when it is empty, too long, does not parse, or names an unknown field or
     *     function
     */
    public static Formula parse(String text) {
        if (text.isBlank()) {
            throw new FormulaInvalid("The formula is empty", 1);
        }
        if (text.length() > MAX_LENGTH) {
            throw new FormulaInvalid("The formula is longer than " + MAX_LENGTH + " characters", MAX_LENGTH + 1);
        }
        Expression expression = new Expression(text, CONFIGURATION);
        List<ASTNode> nodes;
        try {
            nodes = expression.getAllASTNodes();
        } catch (BaseException e) {
            throw unreadable(e, text);
        } catch (RuntimeException e) {
            throw new FormulaInvalid("The formula cannot be read", 1);
        }
        Map<String, String> known = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        FIELDS.forEach(f -> known.put(f.name(), f.name()));
        ASTNode unknown = null;
        List<String> used = new ArrayList<>();
        for (ASTNode node : nodes) {
            Token token = node.getToken();
            if (token.getType() == Token.TokenType.NUMBER_LITERAL && !withinLimits(token.getValue())) {
                throw new FormulaInvalid(
                        "The number " + token.getValue() + " is too large or too small", token.getStartPosition());
            }
            if (token.getType() != Token.TokenType.VARIABLE_OR_CONSTANT
                    || expression.getConstants().containsKey(token.getValue())) {
                continue;
            }
            String name = known.get(token.getValue());
            if (name == null) {
                if (unknown == null
                        || token.getStartPosition() < unknown.getToken().getStartPosition()) {
                    unknown = node;
                }
            } else if (!used.contains(name)) {
                used.add(name);
            }
        }
        if (unknown != null) {
            Token token = unknown.getToken();
            throw new FormulaInvalid("Unknown field “" + token.getValue() + "”", token.getStartPosition());
        }
        List<String> ordered = new ArrayList<>();
        FIELDS.forEach(f -> {
            if (used.contains(f.name())) {
                ordered.add(f.name());
            }
        });
        return new Formula(text, expression, ordered);
    }

    /** The formula as typed. */
    public String text() {
        return text;
    }

    /** The fields the formula names, in the order of {@link #FIELDS}. */
    public List<String> fields() {
        return fields;
    }

    /**
     * Why the formula gives no score whatever the values (it fails with every field at 1 and again
     * with every field at 2.5, as {@code 1/0} does), or null when it may give one. A formula that
     * fails only for some values ({@code 1/(effort-1)}) is not refused for it: its score for those
     * initiatives says why.
     */
    public @Nullable String alwaysFails() {
        Map<String, Double> ones = new java.util.HashMap<>();
        Map<String, Double> others = new java.util.HashMap<>();
        for (String field : fields) {
            ones.put(field, 1.0);
            others.put(field, 2.5);
        }
        String problem = evaluate(ones).problem();
        return problem != null && evaluate(others).problem() != null ? problem : null;
    }

    /** A value, or why there is none (then {@code value} is 0). */
    record Outcome(double value, @Nullable String problem) {}

    /** Evaluates the formula with {@code values} for its fields (missing ones count as 0); never throws. */
    Outcome evaluate(Map<String, Double> values) {
        try {
            Expression expression = new Expression(parsed);
            for (String field : fields) {
                // stripped, so a zero is EvalEx's ZERO and its division check names the position
                expression.with(
                        field,
                        BigDecimal.valueOf(values.getOrDefault(field, 0.0)).stripTrailingZeros());
            }
            EvaluationValue result = expression.evaluate();
            if (!result.isNumberValue()) {
                return new Outcome(
                        0,
                        "the formula gives " + result.getDataType().name().toLowerCase(Locale.ROOT) + ", not a number");
            }
            BigDecimal number = result.getNumberValue();
            double value = number.doubleValue();
            if (!Double.isFinite(value)) {
                return new Outcome(0, "the result is too large");
            }
            return new Outcome(value, null);
        } catch (BaseException e) {
            return new Outcome(0, lowerFirst(e.getMessage()) + " at character " + e.getStartPosition());
        } catch (ArithmeticException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("Division") || message.contains("by zero")) {
                return new Outcome(0, "division by zero");
            }
            return new Outcome(0, "the result is too large or undefined");
        } catch (RuntimeException e) {
            // e.g. LOG of a result too large for a double: EvalEx cannot hold the infinity it gives
            return new Outcome(0, "the result is too large or undefined");
        }
    }

    /**
     * The parser's refusal in the words of someone writing a formula, at the character to look at:
     * EvalEx says "Closing brace not found" at the first character for a "(" never closed, and
     * speaks of operands and infix operators.
     */
    static FormulaInvalid unreadable(BaseException e, String text) {
        String message = String.valueOf(e.getMessage());
        int at = Math.max(1, e.getStartPosition());
        if (message.startsWith("Closing brace not found")) {
            return new FormulaInvalid("This \u201c(\u201d is never closed: add a \u201c)\u201d", unclosed(text));
        }
        if (message.startsWith("Unexpected closing brace")) {
            return new FormulaInvalid(
                    "This \u201c)\u201d closes nothing: remove it or add a \u201c(\u201d before it", at);
        }
        if (message.startsWith("Unexpected token after infix operator")) {
            return new FormulaInvalid("Something is missing before this: a field, a number or a \u201c(\u201d", at);
        }
        if (message.startsWith("Missing second operand")) {
            return new FormulaInvalid("This operator needs a field or a number on each side", at);
        }
        if (message.startsWith("Too many operands")) {
            return new FormulaInvalid(
                    "Two values follow each other without an operator between them (write effort * 2, not effort 2)",
                    at);
        }
        if (message.startsWith("Undefined operator")) {
            return new FormulaInvalid(
                    "This is not an operator a formula can use: + - * / ^ %, comparisons (< <= > >= = !=), && || !",
                    at);
        }
        return new FormulaInvalid(message, at);
    }

    /** The 1-based position of the first "(" that no ")" closes, or 1 when every one is closed. */
    private static int unclosed(String text) {
        ArrayDeque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                open.push(i + 1);
            } else if (c == ')' && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? 1 : open.getLast();
    }

    /** A number literal of at most {@link #MAX_LITERAL}, and 0 or at least its inverse. */
    private static boolean withinLimits(String literal) {
        try {
            BigDecimal number = new BigDecimal(literal).abs();
            return number.signum() == 0
                    || (number.compareTo(BigDecimal.valueOf(MAX_LITERAL)) <= 0
                            && number.compareTo(BigDecimal.ONE.divide(BigDecimal.valueOf(MAX_LITERAL))) >= 0);
        } catch (NumberFormatException e) {
            return literal.length() <= 15; // hexadecimal, e.g. 0xFF: at most 13 digits
        }
    }

    /** {@code x ^ y} in double precision; refused when the result is beyond it. */
    @InfixOperator(precedence = OperatorIfc.OPERATOR_PRECEDENCE_POWER, leftAssociative = false)
    static final class Power extends AbstractOperator {
        @Override
        public EvaluationValue evaluate(Expression expression, Token operator, EvaluationValue... operands)
                throws EvaluationException {
            if (!operands[0].isNumberValue() || !operands[1].isNumberValue()) {
                throw EvaluationException.ofUnsupportedDataTypeInOperation(operator);
            }
            return finite(
                    expression,
                    operator,
                    Math.pow(
                            operands[0].getNumberValue().doubleValue(),
                            operands[1].getNumberValue().doubleValue()));
        }
    }

    /** The square root in double precision. */
    @FunctionParameter(name = "value", nonNegative = true)
    static final class Sqrt extends AbstractFunction {
        @Override
        public EvaluationValue evaluate(Expression expression, Token function, EvaluationValue... parameters)
                throws EvaluationException {
            return finite(
                    expression,
                    function,
                    Math.sqrt(parameters[0].getNumberValue().doubleValue()));
        }
    }

    /** {@code x % y} in double precision; a division by zero when y is 0. */
    @InfixOperator(precedence = OperatorIfc.OPERATOR_PRECEDENCE_MULTIPLICATIVE)
    static final class Modulo extends AbstractOperator {
        @Override
        public EvaluationValue evaluate(Expression expression, Token operator, EvaluationValue... operands)
                throws EvaluationException {
            if (!operands[0].isNumberValue() || !operands[1].isNumberValue()) {
                throw EvaluationException.ofUnsupportedDataTypeInOperation(operator);
            }
            double divisor = operands[1].getNumberValue().doubleValue();
            if (divisor == 0) {
                throw new EvaluationException(operator, "Division by zero");
            }
            return finite(expression, operator, operands[0].getNumberValue().doubleValue() % divisor);
        }
    }

    /** The largest whole number not above the value, in double precision. */
    @FunctionParameter(name = "value")
    static final class Floor extends AbstractFunction {
        @Override
        public EvaluationValue evaluate(Expression expression, Token function, EvaluationValue... parameters)
                throws EvaluationException {
            return finite(
                    expression,
                    function,
                    Math.floor(parameters[0].getNumberValue().doubleValue()));
        }
    }

    /** The smallest whole number not below the value, in double precision. */
    @FunctionParameter(name = "value")
    static final class Ceiling extends AbstractFunction {
        @Override
        public EvaluationValue evaluate(Expression expression, Token function, EvaluationValue... parameters)
                throws EvaluationException {
            return finite(
                    expression,
                    function,
                    Math.ceil(parameters[0].getNumberValue().doubleValue()));
        }
    }

    private static EvaluationValue finite(Expression expression, Token token, double value) throws EvaluationException {
        if (!Double.isFinite(value)) {
            throw new EvaluationException(token, "The result is too large or undefined");
        }
        return expression.convertDoubleValue(value);
    }

    private static String lowerFirst(@Nullable String message) {
        if (message == null || message.isEmpty()) {
            return "it cannot be computed";
        }
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static ExpressionConfiguration configuration() {
        FunctionDictionaryIfc functions = MapBasedFunctionDictionary.ofFunctions(
                Map.<String, FunctionIfc>entry("ABS", new AbsFunction()),
                Map.<String, FunctionIfc>entry("AVERAGE", new AverageFunction()),
                Map.<String, FunctionIfc>entry("CEILING", new Ceiling()),
                Map.<String, FunctionIfc>entry("FLOOR", new Floor()),
                Map.<String, FunctionIfc>entry("IF", new IfFunction()),
                Map.<String, FunctionIfc>entry("LOG", new LogFunction()),
                Map.<String, FunctionIfc>entry("LOG10", new Log10Function()),
                Map.<String, FunctionIfc>entry("MAX", new MaxFunction()),
                Map.<String, FunctionIfc>entry("MIN", new MinFunction()),
                Map.<String, FunctionIfc>entry("NOT", new NotFunction()),
                Map.<String, FunctionIfc>entry("SQRT", new Sqrt()),
                Map.<String, FunctionIfc>entry("SUM", new SumFunction()));
        OperatorDictionaryIfc operators = MapBasedOperatorDictionary.ofOperators(
                Map.<String, OperatorIfc>entry("+", new PrefixPlusOperator()),
                Map.<String, OperatorIfc>entry("-", new PrefixMinusOperator()),
                Map.<String, OperatorIfc>entry("+", new InfixPlusOperator()),
                Map.<String, OperatorIfc>entry("-", new InfixMinusOperator()),
                Map.<String, OperatorIfc>entry("*", new InfixMultiplicationOperator()),
                Map.<String, OperatorIfc>entry("/", new InfixDivisionOperator()),
                Map.<String, OperatorIfc>entry("^", new Power()),
                Map.<String, OperatorIfc>entry("%", new Modulo()),
                Map.<String, OperatorIfc>entry("=", new InfixEqualsOperator()),
                Map.<String, OperatorIfc>entry("==", new InfixEqualsOperator()),
                Map.<String, OperatorIfc>entry("!=", new InfixNotEqualsOperator()),
                Map.<String, OperatorIfc>entry("<>", new InfixNotEqualsOperator()),
                Map.<String, OperatorIfc>entry(">", new InfixGreaterOperator()),
                Map.<String, OperatorIfc>entry(">=", new InfixGreaterEqualsOperator()),
                Map.<String, OperatorIfc>entry("<", new InfixLessOperator()),
                Map.<String, OperatorIfc>entry("<=", new InfixLessEqualsOperator()),
                Map.<String, OperatorIfc>entry("&&", new InfixAndOperator()),
                Map.<String, OperatorIfc>entry("||", new InfixOrOperator()),
                Map.<String, OperatorIfc>entry("!", new PrefixNotOperator()));
        Map<String, EvaluationValue> constants = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : List.of("TRUE", "FALSE", "PI", "E")) {
            constants.put(name, ExpressionConfiguration.StandardConstants.get(name));
        }
        return ExpressionConfiguration.builder()
                .mathContext(MathContext.DECIMAL64)
                .operatorDictionary(operators)
                .functionDictionary(functions)
                .defaultConstants(constants)
                .allowOverwriteConstants(false)
                .arraysAllowed(false)
                .structuresAllowed(false)
                .implicitMultiplicationAllowed(false)
                .build();
    }
}
