package app.tandem.insight.web;

import app.tandem.support.UploadPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The insight imports take bodies up to {@code tandem.http.max-upload}, every other path {@code max-body}. */
@Configuration(proxyBeanMethods = false)
class ImportUploads {

    @Bean
    UploadPath insightImportApi() {
        return new UploadPath("/api/v1/workspaces/*/insights/import");
    }

    @Bean
    UploadPath insightImportPage() {
        return new UploadPath("/w/*/insights/import");
    }
}
