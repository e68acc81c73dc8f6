package cn.gov.zhushan.plan.project.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.zhushan.plan.project.funding.FundingKind;
import cn.gov.zhushan.plan.project.funding.FundingRequest;
import cn.gov.zhushan.plan.project.funding.FundingSource;
import cn.gov.zhushan.plan.project.funding.FundingStatus;

/**
 * The funding won in 2024 (争取上级资金 2.68亿元; exactly 2.6845亿元 = 6000 + 2743 + 1112 + 2900 + 10000 + 200
 * + 200 + 3690 万元), entry by entry as the report lists it. The report gives no dates: each entry is
 * dated at the end of 2024's second quarter, which only places it in the year.
 */
public final class DemoFunding2024 {

    /** 268,450,000 yuan. */
    public static final BigDecimal TOTAL = new BigDecimal("268450000");
    /** The provincial digital-economy grant the three digital projects share. */
    public static final String DIGITAL_ECONOMY_GRANT = "G-2024-PROV-DIGITAL";

    private static final LocalDate DATE = LocalDate.of(2024, 6, 30);

    private DemoFunding2024() {
    }

    /** One entry of one project, by the project's name in {@link DemoPortfolio2024}. */
    public record DemoFunding(String projectName, String entryId, FundingRequest request) {

        public String projectCode() {
            return DemoPortfolio2024.codeOf(projectName);
        }
    }

    public static List<DemoFunding> entries() {
        return List.of(
                money("珠山区排水防涝项目", "F-2024-STB", FundingSource.SPECIAL_TREASURY_BONDS, "60000000", null,
                        "特别国债"),
                money("2023年度老旧小区改造项目", "F-2024-CBI", FundingSource.CENTRAL_BUDGET_INVESTMENT, "27430000", null,
                        "中央预算内资金"),
                money("2024年度老旧小区改造项目", "F-2024-CBI-2", FundingSource.CENTRAL_BUDGET_INVESTMENT, "11120000",
                        "第二批", "第二批中央预算内资金"),
                new DemoFunding("2024年度老旧小区改造项目", "F-2024-SPB-QUOTA", new FundingRequest(
                        FundingSource.LOCAL_SPECIAL_PURPOSE_BONDS, FundingStatus.COMMITTED, new BigDecimal("29000000"),
                        DATE, "专项债额度", null, FundingKind.QUOTA, null)),
                money("陶文旅养老服务中心", "F-2024-CBI", FundingSource.CENTRAL_BUDGET_INVESTMENT, "100000000", null,
                        "中央预算内资金"),
                shared("创客驿站数字化平台项目"),
                shared("文祥窑陶瓷生产数字化应用项目"),
                shared("陶阳里历史文化旅游提升项目"),
                money("创客驿站数字化平台项目", "F-2024-PBI-RURAL", FundingSource.PROVINCIAL_BUDGET_INVESTMENT, "2000000",
                        null, "创客驿站 省预算内乡村振兴专项资金"),
                money("湖田窑遗址保护项目", "F-2024-HERITAGE", FundingSource.HERITAGE_SPECIAL_TRANSFERS, "36900000", null,
                        "湖田窑遗址保护专项资金"));
    }

    private static DemoFunding money(String project, String entryId, FundingSource source, String amount, String batch,
                                     String note) {
        return new DemoFunding(project, entryId, new FundingRequest(source, FundingStatus.COMMITTED,
                new BigDecimal(amount), DATE, note, batch, FundingKind.FUNDS, null));
    }

    /** Each project carries the whole 200万元 grant under one id; totals count it once. */
    private static DemoFunding shared(String project) {
        return new DemoFunding(project, "F-2024-PROV-DIGITAL", new FundingRequest(FundingSource.PROVINCIAL_SPECIAL_FUNDS,
                FundingStatus.COMMITTED, new BigDecimal("2000000"), DATE,
                "省数字经济专项资金，创客驿站数字化平台、文祥窑数字化应用、陶阳里旅游提升三个项目共享", null, FundingKind.FUNDS,
                DIGITAL_ECONOMY_GRANT));
    }
}
