package cn.gov.zhushan.plan.platform.seed;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Seeds every declared {@link Catalogue} first thing at start-up, so demo-data loaders and other runners
 * can rely on the catalogues being there whatever their own order.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CatalogueSeeding implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CatalogueSeeding.class);

    private final CatalogueSeeder seeder;
    private final List<Catalogue<?, ?>> catalogues;

    public CatalogueSeeding(CatalogueSeeder seeder, List<Catalogue<?, ?>> catalogues) {
        this.seeder = seeder;
        this.catalogues = catalogues;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Catalogue<?, ?> catalogue : catalogues) {
            int inserted = catalogue.seed(seeder);
            if (inserted > 0) {
                log.info("Catalogue {}: {} entries added", catalogue.resource(), inserted);
            }
        }
    }
}
