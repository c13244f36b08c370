package app.tandem.insight.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.highlight.Fragmenter;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.Scorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.TextFragment;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks a search's words in the title and text of the insights on a page of results, with Lucene's
 * highlighter and the index's own "english" analysis ({@link InsightAnalysisConfigurer#english()}),
 * so "tickets" marks "ticket" as the search found it. The index keeps no copy of the text (the
 * insights on the page are loaded anyway), so this runs on the loaded insights, not inside the
 * search, in this process, whether the index is Lucene's or OpenSearch's.
 */
@Component
public class InsightHighlighter {

    /** Private-use characters around a marked word, turned into {@code <mark>} after escaping. */
    public static final String MARK_START = "\uE000";

    public static final String MARK_END = "\uE001";

    /** The length of the passage of text shown under a result. */
    static final int SNIPPET_LENGTH = 200;

    private static final String FIELD = "text";

    private final Analyzer analyzer = InsightAnalysisConfigurer.english();

    /** The marks for one search's words (as typed, in the simple query syntax the search used). */
    public Marks forWords(String words) {
        return marks(analyzer, words);
    }

    /** The marks for {@code words}, analysed and matched with {@code analyzer}. */
    static Marks marks(Analyzer analyzer, String words) {
        if (words.isBlank()) {
            return new Marks(analyzer, null);
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELD);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(words);
        // not QueryScorer: it builds an in-memory index of every text it marks, which made
        // highlighting a page a quarter of all the memory a search allocated
        return new Marks(analyzer, query == null ? null : SearchedWords.of(query));
    }

    /**
     * Scores a text's words as the search matches them: a word of the search, or one that a prefix
     * ({@code jarg*}) or a fuzzy word ({@code jargin~1}) of it matches, as the index's words are
     * (analysed: {@code budg*} marks "budget" and "budgeting"). Words the search excludes are not
     * marked. A passage scores one for each different word in it. (Lucene's {@code QueryTermScorer}
     * knows only whole words, so a search by prefix found insights and marked nothing in them.)
     */
    static final class SearchedWords implements Scorer {
        private final Set<String> words;
        private final List<ByteRunAutomaton> patterns;
        private final Set<String> inFragment = new HashSet<>();
        private @Nullable CharTermAttribute term;

        private SearchedWords(Set<String> words, List<ByteRunAutomaton> patterns) {
            this.words = words;
            this.patterns = patterns;
        }

        static SearchedWords of(Query query) {
            Set<String> words = new HashSet<>();
            List<ByteRunAutomaton> patterns = new ArrayList<>();
            query.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query query, Term... terms) {
                    for (Term t : terms) {
                        words.add(t.text());
                    }
                }

                @Override
                public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
                    patterns.add(automaton.get());
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
                }
            });
            return new SearchedWords(words, patterns);
        }

        @Override
        public @Nullable TokenStream init(TokenStream tokenStream) {
            term = tokenStream.addAttribute(CharTermAttribute.class);
            return null;
        }

        @Override
        public void startFragment(TextFragment fragment) {
            inFragment.clear();
        }

        @Override
        public float getTokenScore() {
            if (term == null) {
                return 0;
            }
            String word = term.toString();
            if (!words.contains(word) && !matchesAPattern(word)) {
                return 0;
            }
            inFragment.add(word);
            return 1;
        }

        private boolean matchesAPattern(String word) {
            if (patterns.isEmpty()) {
                return false;
            }
            BytesRef bytes = new BytesRef(word);
            return patterns.stream().anyMatch(p -> p.run(bytes.bytes, bytes.offset, bytes.length));
        }

        @Override
        public float getFragmentScore() {
            return inFragment.size();
        }
    }

    /** Marks the words of one search in texts; not for use by two threads at once. */
    public static final class Marks {
        private final Analyzer analyzer;
        private final @Nullable Highlighter highlighter;

        Marks(Analyzer analyzer, @Nullable Scorer scorer) {
            this.analyzer = analyzer;
            this.highlighter =
                    scorer == null ? null : new Highlighter(new SimpleHTMLFormatter(MARK_START, MARK_END), scorer);
        }

        /** The whole title, its matching words marked. */
        public String title(String title) {
            String marked = best(title, new NullFragmenter());
            return marked == null ? title : marked;
        }

        /**
         * The passage of the text (about {@value #SNIPPET_LENGTH} characters) with the most matching
         * words, marked; its beginning when no word of the search is in it.
         */
        public String snippet(String text) {
            String marked = best(text, new SimpleFragmenter(SNIPPET_LENGTH));
            return marked != null ? marked : beginning(text);
        }

        private @Nullable String best(String text, Fragmenter fragmenter) {
            if (highlighter == null || text.isEmpty()) {
                return null;
            }
            highlighter.setTextFragmenter(fragmenter);
            try {
                String fragment = highlighter.getBestFragment(analyzer, FIELD, text);
                return fragment == null || !fragment.contains(MARK_START) ? null : fragment.strip();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidTokenOffsetsException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String beginning(String text) {
            if (text.length() <= SNIPPET_LENGTH) {
                return text;
            }
            int cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
            return text.substring(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH);
        }
    }

    /** Escapes the highlighted text and turns the highlighter's markers into {@code <mark>} tags. */
    public static String markup(String marked) {
        return HtmlUtils.htmlEscape(marked).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }
}
