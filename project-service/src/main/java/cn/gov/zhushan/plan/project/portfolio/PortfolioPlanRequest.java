package cn.gov.zhushan.plan.project.portfolio;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.gov.zhushan.plan.project.registry.ProjectCategory;

/** @param totalInvestment yuan */
public record PortfolioPlanRequest(@Min(0) int keyProjects,
                                   @NotNull @DecimalMin("0") @Digits(integer = 14, fraction = 2) BigDecimal totalInvestment,
                                   @Valid @Size(max = 500) List<NamedProjectRequest> namedProjects,
                                   @Size(max = 500) String source) {

    public record NamedProjectRequest(@NotBlank @Size(max = 200) String name, @NotNull ProjectCategory category) {
    }

    public PortfolioPlan toPlan(int year) {
        return new PortfolioPlan(year, keyProjects, totalInvestment, namedProjects == null ? null
                : namedProjects.stream().map(n -> new PortfolioPlan.NamedProject(n.name(), n.category())).toList(), source);
    }
}
