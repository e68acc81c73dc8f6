package cn.gov.zhushan.plan.project.oc4ids;

import java.math.BigDecimal;
import java.util.List;

/**
 * A project in the shape of the Open Contracting for Infrastructure Data Standard (OC4IDS) project
 * schema: the subset this platform holds. Amounts are {@code {amount, currency}} in yuan.
 */
public record Oc4idsProject(String id, String title, String status, String type, List<String> sector,
                            Period period, Budget budget, List<Party> parties, List<Location> locations,
                            List<Milestone> milestones, List<Transaction> transactions, Completion completion) {

    public record Value(BigDecimal amount, String currency) {
    }

    public record Period(String startDate, String endDate) {
    }

    public record BudgetBreakdown(String id, String description, Value amount, Period period, String sourceParty) {
    }

    public record Budget(Value amount, List<BudgetBreakdown> budgetBreakdown) {
    }

    public record Party(String id, String name, List<String> roles) {
    }

    public record Location(String description, Geometry geometry) {
    }

    public record Geometry(String type, List<Double> coordinates) {
    }

    public record Milestone(String id, String title, String type, String dueDate, String dateMet, String status) {
    }

    public record Transaction(String id, String source, String date, Value value, String status) {
    }

    public record Completion(String endDate, Value finalValue) {
    }
}
