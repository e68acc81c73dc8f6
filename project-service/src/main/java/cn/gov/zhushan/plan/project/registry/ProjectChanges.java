package cn.gov.zhushan.plan.project.registry;

import java.util.function.Function;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import cn.gov.zhushan.plan.platform.events.DomainEvents;
import cn.gov.zhushan.plan.platform.web.ConflictException;
import cn.gov.zhushan.plan.platform.web.NotFoundException;

/**
 * Applies a change to one project as a single-document write (state and outbox together), re-reading
 * and re-applying it when another writer got there first ({@code @Version}). A change that finds its work
 * already done (the same report twice, even concurrently) therefore turns into a no-op, not a 409.
 */
@Service
public class ProjectChanges {

    private static final int ATTEMPTS = 5;

    private final ProjectRepository projects;
    private final DomainEvents events;

    public ProjectChanges(ProjectRepository projects, DomainEvents events) {
        this.projects = projects;
        this.events = events;
    }

    /** The change returns its result; {@link Outcome#unchanged} skips the write. */
    public <T> Outcome<T> apply(String code, Function<Project, Outcome<T>> change) {
        for (int attempt = 1; ; attempt++) {
            Project project = projects.findById(code)
                    .orElseThrow(() -> new NotFoundException("No project with code " + code + "."));
            Outcome<T> outcome = change.apply(project);
            if (!outcome.changed()) {
                return outcome;
            }
            try {
                projects.save(project);
                return outcome;
            } catch (OptimisticLockingFailureException concurrent) {
                if (attempt == ATTEMPTS) {
                    throw new ConflictException("Project " + code + " is being changed by others; retry.");
                }
            }
        }
    }

    public DomainEvents events() {
        return events;
    }

    /** What a change did. */
    public record Outcome<T>(boolean changed, T result) {

        public static <T> Outcome<T> changed(T result) {
            return new Outcome<>(true, result);
        }

        public static <T> Outcome<T> unchanged(T result) {
            return new Outcome<>(false, result);
        }
    }
}
