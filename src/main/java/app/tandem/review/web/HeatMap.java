package app.tandem.review.web;

import app.tandem.review.ParticipationMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the participation picture draws everything, from the matrix: a square per pair of teams, its
 * colour one of five steps from none to the most ({@link ParticipationMatrix#level}), the number in it; the host teams'
 * names at the left of the rows, the participating teams' above the columns. Each step's text colour
 * meets 4.5:1 on its fill (see {@code .heat-N} in tandem.css).
 */
record HeatMap(int width, int height, List<Label> rows, List<Label> columns, List<Square> squares) {

    static final int CELL = 64;
    static final int LEFT = 120;
    static final int TOP = 96;

    /** A team's name at {@code x}, {@code y}. */
    record Label(String text, int x, int y) {}

    /**
     * A cell: where, its colour step ({@code heat-0} none … {@code heat-4} the most, {@code heat-self}
     * for a team's own work) and the number it shows (the table below the picture says the same in
     * words, with the kinds).
     */
    record Square(int x, int y, String css, String text, int textX, int textY) {}

    static HeatMap of(ParticipationMatrix matrix) {
        int n = matrix.teams().size();
        List<Label> rows = new ArrayList<>();
        List<Label> columns = new ArrayList<>();
        List<Square> squares = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Label(matrix.teams().get(i).name(), LEFT - 8, TOP + i * CELL + CELL / 2 + 5));
            columns.add(new Label(matrix.teams().get(i).name(), LEFT + i * CELL + CELL / 2, TOP - 10));
        }
        for (int r = 0; r < n; r++) {
            ParticipationMatrix.Row row = matrix.rows().get(r);
            for (int c = 0; c < n; c++) {
                ParticipationMatrix.Cell cell = row.cells().get(c);
                int x = LEFT + c * CELL;
                int y = TOP + r * CELL;
                squares.add(new Square(
                        x,
                        y,
                        matrix.heat(cell),
                        cell.self() ? "–" : String.valueOf(cell.count()),
                        x + CELL / 2,
                        y + CELL / 2 + 6));
            }
        }
        // room on the right for the last column's slanted name
        return new HeatMap(LEFT + n * CELL + 110, TOP + n * CELL + 8, rows, columns, squares);
    }

    /** The side of a drawn square: a cell less the gap between squares. */
    public int square() {
        return CELL - 4;
    }
}
