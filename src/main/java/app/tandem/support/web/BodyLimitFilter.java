package app.tandem.support.web;

import app.tandem.support.BodyLimits;
import app.tandem.support.BodyTooLarge;
import app.tandem.support.DomainException;
import app.tandem.support.Refusals;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over its limit ({@link BodyLimits}) before anything reads it: the first
 * filter of all, ahead of Spring Security (whose CSRF check reads a form's body). A declared length
 * ({@code Content-Length}) over the limit is answered 413 at once; a body without one (chunked) is
 * counted as it is read, and the read past the limit throws {@link BodyTooLarge} (413). Import
 * paths ({@link app.tandem.support.UploadPath}) take {@code max-upload}, every other path {@code
 * max-body}. The container parses multipart and form bodies itself, not through this filter's
 * stream: those are bounded by {@code spring.servlet.multipart.*} and {@code
 * server.tomcat.max-http-form-post-size}, and a multipart body without a length to a path that
 * takes no upload is refused (400), since it could otherwise reach the upload limit.
 */
class BodyLimitFilter extends OncePerRequestFilter {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final long maxBody;
    private final long maxUpload;
    private final List<String> uploadPaths;
    private final Refusals refusals;

    BodyLimitFilter(BodyLimits limits, List<String> uploadPaths, Refusals refusals) {
        this.maxBody = limits.maxBody().toBytes();
        this.maxUpload = limits.maxUpload().toBytes();
        this.uploadPaths = List.copyOf(uploadPaths);
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = isUpload(request);
        long limit = upload ? maxUpload : maxBody;
        long length = request.getContentLengthLong();
        if (length > limit) {
            refusals.answer(request, response, new BodyTooLarge(limit));
            return;
        }
        HttpServletRequest counted = request;
        if (length < 0) {
            String type = String.valueOf(request.getContentType()).toLowerCase();
            if (!upload && type.startsWith("multipart/")) {
                refusals.answer(request, response, new LengthRequired());
                return;
            }
            counted = new Counted(request, limit);
        }
        try {
            chain.doFilter(counted, response);
        } catch (ServletException | IOException | RuntimeException e) {
            BodyTooLarge tooLarge = find(e);
            if (tooLarge == null || response.isCommitted()) {
                throw e;
            }
            response.reset();
            refusals.answer(request, response, tooLarge);
        }
    }

    private boolean isUpload(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return uploadPaths.stream().anyMatch(pattern -> PATHS.match(pattern, path));
    }

    private static @Nullable BodyTooLarge find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge tooLarge) {
                return tooLarge;
            }
        }
        return null;
    }

    /** A multipart body without a declared length, sent to a path that takes no upload. */
    static final class LengthRequired extends DomainException {
        LengthRequired() {
            super(Kind.INVALID, "Send the length of a form upload (Content-Length): this address takes no upload.");
        }

        @Override
        public String code() {
            return "length-required";
        }
    }

    /** The request with its body counted as it is read. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private @Nullable ServletInputStream stream;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** Throws {@link BodyTooLarge} on the read that goes past the limit. */
    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
