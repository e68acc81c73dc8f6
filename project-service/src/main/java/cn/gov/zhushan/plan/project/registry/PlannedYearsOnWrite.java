package cn.gov.zhushan.plan.project.registry;

import org.springframework.data.mongodb.core.mapping.event.BeforeConvertCallback;
import org.springframework.stereotype.Component;

/**
 * Sets {@code plannedYears} from {@code annualPlans} before every write of a project, whichever code wrote it.
 * No dependencies: the store's mapping looks this callback up while it is itself being built.
 */
@Component
class PlannedYearsOnWrite implements BeforeConvertCallback<Project> {

    @Override
    public Project onBeforeConvert(Project project, String collection) {
        project.indexPlannedYears();
        return project;
    }
}
