package app.tandem.goal.web;

import app.tandem.support.UploadPath;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The measurement CSV imports take bodies up to {@code tandem.http.max-upload}, every other path {@code max-body}. */
@Configuration(proxyBeanMethods = false)
class MeasurementUploads {

    @Bean
    UploadPath measurementImportApi() {
        return new UploadPath("/api/v1/workspaces/*/kpis/measurements/import");
    }

    @Bean
    UploadPath measurementImportPage() {
        return new UploadPath("/w/*/kpis/import");
    }
}
