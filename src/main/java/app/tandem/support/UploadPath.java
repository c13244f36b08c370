package app.tandem.support;

/**
 * A path that takes an import upload, so its body may reach {@link BodyLimits#maxUpload()} rather
 * than {@link BodyLimits#maxBody()}: a module declares one bean per path, as an Ant-style pattern
 * such as {@code /api/v1/workspaces/*}{@code /insights/import}, for POST.
 */
public record UploadPath(String pattern) {}
