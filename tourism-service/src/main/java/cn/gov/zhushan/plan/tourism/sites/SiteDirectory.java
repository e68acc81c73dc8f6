package cn.gov.zhushan.plan.tourism.sites;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.gov.zhushan.plan.platform.web.NotFoundException;

/**
 * The site catalogue held in memory: every reading is checked against it, so the hot path must not
 * ask the database. Refreshed at start-up and every minute.
 */
@Component
public class SiteDirectory {

    private final SiteRepository repository;
    private volatile Map<String, Site> sites = Map.of();

    public SiteDirectory(SiteRepository repository) {
        this.repository = repository;
    }

    // deliberately no @SchedulerLock (ADR 0007): each replica refreshes its own in-memory copy
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    public void refresh() {
        sites = repository.findAll().stream().collect(Collectors.toUnmodifiableMap(Site::code, Function.identity()));
    }

    public Optional<Site> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Site site = sites.get(code);
        if (site == null && sites.isEmpty()) {
            refresh();
            site = sites.get(code);
        }
        return Optional.ofNullable(site);
    }

    /** The site, or 404. */
    public Site get(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("No site with code " + code + "."));
    }

    public Collection<Site> all() {
        if (sites.isEmpty()) {
            refresh();
        }
        return sites.values();
    }
}
