package cn.gov.zhushan.plan.tourism.sites;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the district's visitor sites at start-up. The catalogue is the only way sites are defined
 * (there is no write API for them), so it is authoritative: entries are saved as written, which also
 * brings older stored sites up to date with new fields such as counting sources.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SiteCatalogueLoader implements ApplicationRunner {

    private final JsonMapper json;
    private final SiteRepository repository;
    private final SiteDirectory directory;

    SiteCatalogueLoader(JsonMapper json, SiteRepository repository, SiteDirectory directory) {
        this.json = json;
        this.repository = repository;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (InputStream in = new ClassPathResource("seed/sites.json").getInputStream()) {
            List<Site> catalogue = json.readValue(in, json.getTypeFactory().constructCollectionType(List.class, Site.class));
            List<Site> changed = catalogue.stream()
                    .filter(site -> !repository.findById(site.code()).map(site::equals).orElse(false)).toList();
            repository.saveAll(changed);
            directory.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the site catalogue", e);
        }
    }
}
